using Microsoft.Extensions.Caching.Memory;
using Syndication.Service.Publishing;

namespace Syndication.Service.Storage;

/// <summary>
/// The documents the store keeps in memory: at most <see cref="MaxBytes"/>, compressed forms counted, the least recently
/// used going first; the others are read from disk (and checked against the manifest) when asked for. Every kind of
/// document grows with the corpus (100 feeds of 1,000 articles make 300 MB of feed documents alone, 11 GB of tag and
/// category documents), so none is kept whatever its size: documents polled all day (each feed's and the combined feed's
/// subscription documents, the index, the OPML) go last, archive and article pages and the service's state before them,
/// and the parse cache's buckets (read once per feed and run, then held as articles) first.
/// </summary>
internal sealed class DocumentCache : IDisposable
{
    public const long MaxBytes = 32L * 1024 * 1024;

    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = MaxBytes });

    public bool TryGet(string path, out StoredDocument document) => _documents.TryGetValue(path, out document!);

    public StoredDocument? Find(string path) => TryGet(path, out var document) ? document : null;

    /// <summary>Keeps a document when there is room (else it is read again when next asked for); returns it.</summary>
    public StoredDocument Keep(string path, StoredDocument document)
    {
        _documents.Set(path, document, new MemoryCacheEntryOptions { Size = SizeOf(document), Priority = PriorityOf(path) });
        return document;
    }

    /// <summary>Replaces what is kept for a path (a new version was written); when the new one finds no room, neither is kept.</summary>
    public void Replace(string path, StoredDocument document) => Keep(path, document);

    public void Remove(string path) => _documents.Remove(path);

    public void Dispose() => _documents.Dispose();

    // Compressed forms not made yet are counted at half the bytes together (they take about 45 %), so a kept document's
    // size does not change when they are made in the background.
    private static long SizeOf(StoredDocument document) =>
        document.Bytes.Length
        + (document.Ready(ContentCodings.Gzip)?.Length ?? (document.Bytes.Length / 4))
        + (document.Ready(ContentCodings.Brotli)?.Length ?? (document.Bytes.Length / 4));

    private static CacheItemPriority PriorityOf(string path) =>
        DocumentPaths.IsPolled(path) ? CacheItemPriority.High
        : path.StartsWith(ParseCache.Folder, StringComparison.Ordinal) ? CacheItemPriority.Low
        : CacheItemPriority.Normal;
}
