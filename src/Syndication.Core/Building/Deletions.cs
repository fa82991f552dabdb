namespace Syndication.Core.Building;

/// <summary>
/// A channel's tombstones after a run: its archive pages without the entries gone from them, every tombstone still
/// live, and the archive pages whose tombstones changed (to write again).
/// </summary>
public sealed record DeletionPlan(IReadOnlyList<IReadOnlyDictionary<string, string>> Archives, IReadOnlyList<Tombstone> Tombstones, IReadOnlyList<int> ChangedPages);

/// <summary>
/// RFC 6721 for one channel, worked out from entry ids alone (never slugs or files): an id the channel carried and no
/// longer has gets a tombstone dated <c>now</c>; an id that comes back loses it; a tombstone goes once it is
/// <c>life</c> old. An archive page that carried a deleted entry holds its tombstone instead, and is written again each
/// time that changes. A life of zero keeps no tombstones and leaves archive pages as they were.
/// </summary>
public static class Deletions
{
    public static DeletionPlan Plan(IReadOnlyList<FeedEntry> entries, ChannelState previous, DateTimeOffset now, TimeSpan life)
    {
        var current = entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        // UTC, whole seconds: what is kept and compared is what the documents say.
        var at = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        var kept = previous.Tombstones.Where(t => !current.Contains(t.Id) && t.When + life > at).ToList();
        var known = kept.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);

        var archives = new List<IReadOnlyDictionary<string, string>>(previous.Archives.Count);
        var pageOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < previous.Archives.Count; i++)
        {
            var page = previous.Archives[i];
            var gone = life > TimeSpan.Zero ? page.Keys.Where(id => !current.Contains(id)).ToList() : [];
            foreach (var id in gone)
            {
                pageOf[id] = i + 1;
            }

            archives.Add(gone.Count == 0 ? page : page.Where(p => current.Contains(p.Key)).ToDictionary(StringComparer.Ordinal));
        }

        if (life > TimeSpan.Zero)
        {
            // State written before tombstones names only archived ids, without links.
            var carried = previous.Carried ?? new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var id in carried.Keys.Concat(pageOf.Keys).Where(id => !current.Contains(id) && known.Add(id)))
            {
                kept.Add(new Tombstone(id, at, carried.GetValueOrDefault(id), pageOf.TryGetValue(id, out var page) ? page : null));
            }
        }

        var live = kept.OrderByDescending(t => t.When).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
        return new DeletionPlan(archives, live, ChangedPages(previous.Tombstones, live, archives.Count));
    }

    /// <summary>When the first of <paramref name="tombstones"/> expires; null when there are none.</summary>
    public static DateTimeOffset? FirstExpiry(IReadOnlyList<Tombstone> tombstones, TimeSpan life) =>
        tombstones.Count == 0 ? null : tombstones.Min(t => t.When) + life;

    /// <summary>The archive pages that gained or lost a tombstone.</summary>
    private static List<int> ChangedPages(IReadOnlyList<Tombstone> before, IReadOnlyList<Tombstone> after, int pages)
    {
        static HashSet<(int, string)> OnPages(IEnumerable<Tombstone> tombstones) =>
            [.. tombstones.Where(t => t.Page is not null).Select(t => (t.Page!.Value, t.Id))];

        var (old, now) = (OnPages(before), OnPages(after));
        return [.. old.Except(now).Concat(now.Except(old)).Select(p => p.Item1).Where(p => p >= 1 && p <= pages).Distinct().Order()];
    }
}
