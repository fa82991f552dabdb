using System.Globalization;
using Syndication.Core.Model;

namespace Syndication.Core.Building;

/// <summary>
/// Feeds' <see cref="PublishedId"/> records, indexed by id and by look (body hash; date and title), so a claim finds who
/// holds an id or which gone article a renamed one was in constant time. Built from the feeds a claim may meet (all of
/// them when an article is new to its feed, else only its own) and kept current by <see cref="Apply"/>.
/// </summary>
public sealed class SiteLedger
{
    private readonly Dictionary<string, IReadOnlyList<PublishedId>> _feeds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Feed, PublishedId Record)> _holders = new(StringComparer.Ordinal);

    // Made on the first question about looks: a claim where every article keeps its slug asks none.
    private Dictionary<string, List<(string Feed, PublishedId Record)>>? _looks;

    public SiteLedger(IReadOnlyDictionary<string, IReadOnlyList<PublishedId>> feeds)
    {
        // In name order, so which of two records holding one id (a crash between two saves) wins does not depend on the caller.
        foreach (var (feed, records) in feeds.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            Add(feed, records);
        }
    }

    /// <summary>The feed's records (none before its first claim).</summary>
    public IReadOnlyList<PublishedId> Of(string feed) => _feeds.GetValueOrDefault(feed) ?? [];

    /// <summary>The record holding <paramref name="id"/>, a live one before one that is not; null when no feed published it.</summary>
    public (string Feed, PublishedId Record)? Holder(string id) => _holders.TryGetValue(id, out var holder) ? holder : null;

    /// <summary>Records that look like <paramref name="article"/>: the same body, or the same date and title.</summary>
    public IEnumerable<(string Feed, PublishedId Record)> Alike(Article article)
    {
        if (_looks is null)
        {
            _looks = new(StringComparer.Ordinal);
            foreach (var (feed, records) in _feeds)
            {
                AddLooks(feed, records);
            }
        }

        return (_looks.GetValueOrDefault(ContentKey(PublishedId.ContentOf(article))) ?? [])
            .Concat(_looks.GetValueOrDefault(DateTitleKey(article.Published, article.Title)) ?? [])
            .Distinct();
    }

    /// <summary>Takes in a claim of <paramref name="feed"/>: its new records, and the ids it took from other feeds.</summary>
    public void Apply(string feed, IdentityClaim claim)
    {
        Replace(feed, claim.Ledger);
        foreach (var from in claim.Taken.GroupBy(t => t.Feed, t => t.Id))
        {
            var moved = from.ToHashSet(StringComparer.Ordinal);
            Replace(from.Key, [.. Of(from.Key).Where(r => !moved.Contains(r.Id))]);
        }
    }

    private void Replace(string feed, IReadOnlyList<PublishedId> records)
    {
        foreach (var record in Of(feed))
        {
            if (_holders.TryGetValue(record.Id, out var holder) && holder.Feed == feed)
            {
                _holders.Remove(record.Id);
            }

            _looks?[ContentKey(record.Content)].RemoveAll(l => l.Feed == feed);
            _looks?[DateTitleKey(record.Published, record.Title)].RemoveAll(l => l.Feed == feed);
        }

        Add(feed, records);
    }

    private void Add(string feed, IReadOnlyList<PublishedId> records)
    {
        _feeds[feed] = records;
        foreach (var record in records)
        {
            if (!_holders.TryGetValue(record.Id, out var known) || (!known.Record.Live && record.Live))
            {
                _holders[record.Id] = (feed, record);
            }
        }

        if (_looks is not null)
        {
            AddLooks(feed, records);
        }
    }

    private void AddLooks(string feed, IReadOnlyList<PublishedId> records)
    {
        foreach (var record in records)
        {
            foreach (var key in new[] { ContentKey(record.Content), DateTitleKey(record.Published, record.Title) })
            {
                if (!_looks!.TryGetValue(key, out var list))
                {
                    _looks[key] = list = [];
                }

                list.Add((feed, record));
            }
        }
    }

    private static string ContentKey(string content) => "c\0" + content;

    private static string DateTitleKey(DateTimeOffset published, string title) => $"d\0{published.UtcTicks.ToString(CultureInfo.InvariantCulture)}\0{title}";
}
