using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;
using Syndication.Core.Building;
using Syndication.Core.Rendering;
using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>
/// One feed as published, swapped in whole by each run: the subscription document in every format, the versions a
/// delta can start from (this one last) and the deltas made so far. A request reads it once, so the ETag, the body and
/// the history it answers with always belong to the same version.
/// </summary>
internal sealed class PublishedFeed
{
    /// <summary>Identity bytes of deltas one version may keep; past it, clients of versions not yet asked for get the full document.</summary>
    public const long DeltaBudgetBytes = 4L << 20;

    private readonly FeedDocument _document;
    private readonly IReadOnlyDictionary<string, StoredDocument> _formats;
    private readonly ConcurrentDictionary<(int Version, string Format), Lazy<StoredDocument>> _deltas = new();
    private readonly ConcurrentDictionary<string, StringValues> _links = new(StringComparer.Ordinal);
    private long _deltaBytes;

    public PublishedFeed(FeedDocument document, IReadOnlyDictionary<string, StoredDocument> formats, IReadOnlyList<FeedVersion> versions)
    {
        _document = document;
        _formats = formats;
        Versions = versions;
    }

    public string Name => _document.Feed.Name;

    /// <summary>The subscription document this is.</summary>
    public FeedDocument Document => _document;

    /// <summary>The versions a client may hold, oldest first; the last is this one.</summary>
    public IReadOnlyList<FeedVersion> Versions { get; }

    public StoredDocument? Format(string extension) => _formats.GetValueOrDefault(extension);

    /// <summary>The Link header of a format's document (its WebSub hubs and self), made on its first request.</summary>
    public StringValues Links(FeedFormat format, FeedBuilder builder) =>
        _links.GetOrAdd(format.Extension, static (_, state) => DiscoveryLinks.Of(state.Channel, state.format, state.builder), (_document.Channel, format, builder));

    /// <summary>
    /// The delta (RFC 3229+feed) from the newest earlier version whose ETag the client holds to this one, serialised once
    /// and compressed once per coding; null when the client holds none (or the budget is spent): send the full document.
    /// </summary>
    public StoredDocument? DeltaSince(FeedFormat format, IReadOnlySet<string> identityETags)
    {
        var since = Versions.Count - 2;
        while (since >= 0 && !(Versions[since].ETags.TryGetValue(format.Extension, out var etag) && identityETags.Contains(etag)))
        {
            since--;
        }

        if (since < 0)
        {
            return null;
        }

        var key = (since, format.Extension);
        if (!_deltas.TryGetValue(key, out var delta))
        {
            if (Interlocked.Read(ref _deltaBytes) >= DeltaBudgetBytes)
            {
                return null;
            }

            delta = _deltas.GetOrAdd(key, k => new Lazy<StoredDocument>(() => Make(Versions[k.Version], format)));
        }

        return delta.Value;
    }

    private StoredDocument Make(FeedVersion since, FeedFormat format)
    {
        var bytes = format.Write(EntryStamp.Delta(_document, since.Stamps, since.Deleted));
        Interlocked.Add(ref _deltaBytes, bytes.Length);
        // A client is waiting while a delta is compressed the first time, so a quick level; it is still done only once.
        return StoredDocument.Create(bytes, _formats[format.Extension].LastModified);
    }
}
