namespace Syndication.Core.Building;

/// <summary>What one run archives: new frozen pages (each newest first) and what stays in the subscription document.</summary>
public sealed record ArchivePlan(IReadOnlyList<IReadOnlyList<FeedEntry>> NewPages, IReadOnlyList<FeedEntry> Subscription);

/// <summary>
/// RFC 5005 archiving. Archive pages hold exactly <c>limit</c> entries and never change once written. The subscription
/// document keeps the newest <c>limit</c> entries plus any older ones not yet filling a page (so at most 2×limit−1),
/// and every archived entry that was edited since it was archived, so readers see the edit.
/// </summary>
public static class Archiver
{
    /// <param name="entries">Every published entry, newest first.</param>
    /// <param name="archived">The pages already written, oldest first: each entry id with its stamp when archived.</param>
    /// <param name="limit">Entries per archive page, and the minimum the subscription document carries.</param>
    public static ArchivePlan Plan(IReadOnlyList<FeedEntry> entries, IReadOnlyList<IReadOnlyDictionary<string, string>> archived, int limit)
    {
        var archivedStamps = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in archived)
        {
            foreach (var (id, stamp) in page)
            {
                archivedStamps[id] = stamp;
            }
        }

        var unarchived = entries.Where(e => !archivedStamps.ContainsKey(e.Id)).ToList();
        var overflowOldestFirst = unarchived.Skip(limit).Reverse().ToList();
        var newPages = overflowOldestFirst.Chunk(limit).Where(c => c.Length == limit)
            .Select(c => (IReadOnlyList<FeedEntry>)c.Reverse().ToList())
            .ToList();

        var frozen = newPages.SelectMany(p => p).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var subscription = entries
            .Where(e => archivedStamps.TryGetValue(e.Id, out var stamp) ? stamp != EntryStamp.Of(e) : !frozen.Contains(e.Id))
            .ToList();
        return new ArchivePlan(newPages, subscription);
    }
}
