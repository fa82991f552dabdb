using System.Collections.Concurrent;
using System.Text.Json;
using Syndication.Core.Building;
using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>
/// The recent versions of each feed (their ETags and which entries they held), so an RFC 3229+feed client naming an
/// old ETag can get just what changed since. Persisted beside the documents, so a restart keeps the history.
/// </summary>
internal sealed class FeedVersions(IDocumentStore store, StateFiles state)
{
    /// <summary>How many versions per feed are remembered (the issue asks for at least 20).</summary>
    public const int Kept = 32;

    private readonly ConcurrentDictionary<string, FeedHistory> _feeds = new(StringComparer.Ordinal);

    /// <summary>Remembers the document just published and its identity ETag per format.</summary>
    public async Task RecordAsync(FeedDocument document, IReadOnlyDictionary<string, string> etags, CancellationToken cancellationToken)
    {
        var feed = document.Feed.Name;
        var history = _feeds.GetOrAdd(feed, _ => new FeedHistory(Load(feed)));
        var version = new FeedVersion(new Dictionary<string, string>(etags, StringComparer.Ordinal), EntryStamp.All(document));
        List<FeedVersion> snapshot;
        lock (history)
        {
            history.Current = document;
            if (history.Versions.Count > 0 && history.Versions[^1].ETags.SequenceEqual(version.ETags))
            {
                return;
            }

            history.Versions.Add(version);
            history.Versions.RemoveRange(0, Math.Max(0, history.Versions.Count - Kept));
            snapshot = [.. history.Versions];
        }

        await store.PublishAsync(StatePath(feed), JsonSerializer.SerializeToUtf8Bytes(snapshot), cancellationToken);
    }

    /// <summary>The delta since the version one of <paramref name="clientETags"/> names, or null when none is known (send the full document).</summary>
    public FeedDocument? DeltaSince(string feed, string extension, IEnumerable<string> clientETags)
    {
        if (!_feeds.TryGetValue(feed, out var history))
        {
            return null;
        }

        var wanted = clientETags.Select(StoredDocument.IdentityETag).ToHashSet(StringComparer.Ordinal);
        lock (history)
        {
            var since = history.Versions.LastOrDefault(v => v.ETags.TryGetValue(extension, out var etag) && wanted.Contains(etag));
            return history.Current is { } current && since is not null ? EntryStamp.Delta(current, since.Stamps) : null;
        }
    }

    public void Forget(string feed)
    {
        _feeds.TryRemove(feed, out _);
        store.Remove(StatePath(feed));
    }

    private List<FeedVersion> Load(string feed) =>
        state.Read<List<FeedVersion>>(feed, StatePath(feed), versions => versions.All(v => v is { ETags: not null, Stamps: not null }));

    private static string StatePath(string feed) => $"{DocumentPaths.State}/{feed}.versions.json";

    private sealed class FeedHistory(List<FeedVersion> versions)
    {
        public List<FeedVersion> Versions { get; } = versions;

        public FeedDocument? Current { get; set; }
    }
}

/// <summary>One published version: the identity ETag of each format, and each entry's stamp by id.</summary>
internal sealed record FeedVersion(Dictionary<string, string> ETags, Dictionary<string, string> Stamps);
