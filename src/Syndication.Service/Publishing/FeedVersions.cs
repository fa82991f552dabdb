using System.Collections.Concurrent;
using Syndication.Core.Building;
using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>
/// Each feed as last published (<see cref="PublishedFeed"/>), with its recent versions (their ETags and which entries
/// they held), so an RFC 3229+feed client naming an old ETag can get just what changed since. The versions are
/// persisted with the channel's state, so a restart keeps them.
/// </summary>
internal sealed class FeedVersions(IChannelStateStore states)
{
    /// <summary>How many versions per feed are remembered (the issue asks for at least 20).</summary>
    public const int Kept = 32;

    private readonly ConcurrentDictionary<string, PublishedFeed> _feeds = new(StringComparer.Ordinal);

    /// <summary>The feed as last published by this process; null before its first run here (serve the stored files, no deltas).</summary>
    public PublishedFeed? Published(string feed) => _feeds.GetValueOrDefault(feed);

    /// <summary>
    /// Swaps in the feed just published, its documents, their ETags and the version they make, as one object: no request
    /// can see a new ETag with an old history. Runs of one feed never overlap (the regenerator's per-feed lock).
    /// </summary>
    public async Task<PublishedFeed> PublishAsync(FeedDocument document, IReadOnlyDictionary<string, StoredDocument> formats)
    {
        var feed = document.Feed.Name;
        var version = new FeedVersion(formats.ToDictionary(f => f.Key, f => f.Value.ETag, StringComparer.Ordinal), EntryStamp.All(document));
        var current = Published(feed);
        if (current is not null && SameETags(current.Versions[^1], version))
        {
            // Same bytes: keep the deltas already made.
            return current;
        }

        var earlier = current?.Versions ?? await states.VersionsAsync(feed);
        var versions = earlier.Count > 0 && SameETags(earlier[^1], version) ? earlier : [.. earlier.TakeLast(Kept - 1), version];
        var published = new PublishedFeed(document, formats, versions);
        _feeds[feed] = published;
        return published;
    }

    /// <summary>Every entry of a subscription document as last published, in every channel.</summary>
    public IReadOnlySet<FeedEntry> SubscriptionEntries() =>
        _feeds.Values.SelectMany(f => f.Document.Entries).ToHashSet<FeedEntry>(ReferenceEqualityComparer.Instance);

    /// <summary>Persists the versions of <paramref name="published"/> for the next start.</summary>
    public Task SaveAsync(PublishedFeed published, CancellationToken cancellationToken) =>
        states.SaveVersionsAsync(published.Name, published.Versions, cancellationToken);

    /// <summary>Drops a channel's versions from memory (its persisted state goes with <see cref="IChannelStateStore.ForgetAsync"/>).</summary>
    public void Forget(string feed) => _feeds.TryRemove(feed, out _);

    private static bool SameETags(FeedVersion a, FeedVersion b) =>
        a.ETags.Count == b.ETags.Count && a.ETags.All(e => b.ETags.TryGetValue(e.Key, out var other) && other == e.Value);
}

/// <summary>One published version: the identity ETag of each format, and each entry's stamp by id.</summary>
internal sealed record FeedVersion(Dictionary<string, string> ETags, Dictionary<string, string> Stamps);
