using System.Collections.Concurrent;
using Syndication.Core.Building;
using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>
/// Each feed as last published (<see cref="PublishedFeed"/>), with its recent versions (their ETags and which entries
/// they held), so an RFC 3229+feed client naming an old ETag can get just what changed since. The versions are
/// persisted with the channel's state, so a restart keeps them. A published feed holds its documents and entries, and
/// every tag and category is a channel (100 feeds of 1,000 articles publish 11 GB of their documents), so only the
/// channels asked for most recently are held, up to <see cref="MaxBytes"/> of documents; the others are served from the
/// document store as after a restart, until their next publication.
/// </summary>
internal sealed class FeedVersions(IChannelStateStore states)
{
    /// <summary>How many versions per feed are remembered (the issue asks for at least 20).</summary>
    public const int Kept = 32;

    /// <summary>Identity bytes of the documents held at most (with their compressed forms and entries, about twice that).</summary>
    public const long MaxBytes = 8L << 20;

    private readonly ConcurrentDictionary<string, Held> _feeds = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _bytes;

    /// <summary>The feed as last published by this process; null before its first run here, or once it is no longer held (serve the stored files, no deltas).</summary>
    public PublishedFeed? Published(string feed)
    {
        if (!_feeds.TryGetValue(feed, out var held))
        {
            return null;
        }

        held.Touch();
        return held.Feed;
    }

    /// <summary>
    /// Swaps in the feed just published, its documents, their ETags and the version they make, as one object: no request
    /// can see a new ETag with an old history. Runs of one feed never overlap (the regenerator's per-feed lock).
    /// </summary>
    public async Task<PublishedFeed> PublishAsync(FeedDocument document, IReadOnlyDictionary<string, StoredDocument> formats)
    {
        var feed = document.Feed.Name;
        var version = new FeedVersion(formats.ToDictionary(f => f.Key, f => f.Value.ETag, StringComparer.Ordinal), EntryStamp.All(document)) { Deleted = EntryStamp.Deleted(document) };
        var current = Published(feed);
        if (current is not null && SameETags(current.Versions[^1], version))
        {
            // Same bytes: keep the deltas already made.
            return current;
        }

        var earlier = current?.Versions ?? await states.VersionsAsync(feed);
        var versions = earlier.Count > 0 && SameETags(earlier[^1], version) ? earlier : [.. earlier.TakeLast(Kept - 1), version];
        var published = new PublishedFeed(document, formats, versions);
        Hold(feed, new Held(published, formats.Values.Sum(f => (long)f.Bytes.Length)));
        return published;
    }

    /// <summary>Every entry of a subscription document as last published, in every channel.</summary>
    public IReadOnlySet<FeedEntry> SubscriptionEntries() =>
        _feeds.Values.SelectMany(f => f.Feed.Document.Entries).ToHashSet<FeedEntry>(ReferenceEqualityComparer.Instance);

    /// <summary>Persists the versions of <paramref name="published"/> for the next start.</summary>
    public Task SaveAsync(PublishedFeed published, CancellationToken cancellationToken) =>
        states.SaveVersionsAsync(published.Name, published.Versions, cancellationToken);

    /// <summary>Drops a channel's versions from memory (its persisted state goes with <see cref="IChannelStateStore.ForgetAsync"/>).</summary>
    public void Forget(string feed)
    {
        lock (_gate)
        {
            if (_feeds.TryRemove(feed, out var gone))
            {
                _bytes -= gone.Bytes;
            }
        }
    }

    /// <summary>Holds a feed just published, letting go of the least recently asked for while over the bound.</summary>
    private void Hold(string feed, Held held)
    {
        lock (_gate)
        {
            if (_feeds.TryGetValue(feed, out var before))
            {
                _bytes -= before.Bytes;
            }

            _feeds[feed] = held;
            _bytes += held.Bytes;
            if (_bytes <= MaxBytes)
            {
                return;
            }

            // Down to three quarters, so that a run publishing many channels sorts rarely; the one just published stays.
            foreach (var (name, old) in _feeds.Where(f => f.Key != feed).OrderBy(f => f.Value.LastUsed).ToList())
            {
                if (_bytes <= MaxBytes / 4 * 3)
                {
                    break;
                }

                _feeds.TryRemove(KeyValuePair.Create(name, old));
                _bytes -= old.Bytes;
            }
        }
    }

    private static bool SameETags(FeedVersion a, FeedVersion b) =>
        a.ETags.Count == b.ETags.Count && a.ETags.All(e => b.ETags.TryGetValue(e.Key, out var other) && other == e.Value);

    /// <summary>A published feed held, its documents' identity bytes, and when it was last asked for.</summary>
    private sealed class Held(PublishedFeed feed, long bytes)
    {
        private long _lastUsed = Environment.TickCount64;

        public PublishedFeed Feed => feed;

        public long Bytes => bytes;

        public long LastUsed => Volatile.Read(ref _lastUsed);

        /// <summary>Notes a request; written at most once a second, so polls of one feed on every core share the line unwritten.</summary>
        public void Touch()
        {
            var now = Environment.TickCount64;
            if (now - Volatile.Read(ref _lastUsed) >= 1000)
            {
                Volatile.Write(ref _lastUsed, now);
            }
        }
    }
}

/// <summary>One published version: the identity ETag of each format, each entry's stamp by id and each tombstone's time by id.</summary>
internal sealed record FeedVersion(Dictionary<string, string> ETags, Dictionary<string, string> Stamps)
{
    /// <summary>The tombstones it carried; null in versions saved before tombstones (a delta from one then carries them all).</summary>
    public Dictionary<string, DateTimeOffset>? Deleted { get; init; }
}
