using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Syndication.Service.Publishing;

namespace Syndication.Service.Storage;

/// <summary>
/// The documents the store keeps in memory. Subscription documents, the index and the service's state (but for the
/// parse cache) are few and read all the time, so they are all kept. Archive and article pages grow with the corpus (10,000 articles make
/// 270 MB of them), so at most <see cref="ColdBytes"/> of them are kept, the least recently used going first; the
/// others are read from disk (and checked against the manifest) when asked for.
/// </summary>
internal sealed class DocumentCache : IDisposable
{
    public const long ColdBytes = 64L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, StoredDocument> _hot = new(StringComparer.Ordinal);
    private readonly MemoryCache _cold = new(new MemoryCacheOptions { SizeLimit = ColdBytes });

    public bool TryGet(string path, out StoredDocument document) =>
        _hot.TryGetValue(path, out document!) || _cold.TryGetValue(path, out document!);

    public StoredDocument? Find(string path) => TryGet(path, out var document) ? document : null;

    /// <summary>Keeps a document; returns the one kept (the first, when two readers loaded the same path at once).</summary>
    public StoredDocument Keep(string path, StoredDocument document)
    {
        if (IsHot(path))
        {
            return _hot.GetOrAdd(path, document);
        }

        // Room for the compressed forms too, which are made on first request.
        _cold.Set(path, document, new MemoryCacheEntryOptions { Size = document.Bytes.Length + (document.Bytes.Length / 2) });
        return document;
    }

    /// <summary>Replaces what is kept for a path (a new version was written).</summary>
    public void Replace(string path, StoredDocument document)
    {
        if (IsHot(path))
        {
            _hot[path] = document;
        }
        else
        {
            Keep(path, document);
        }
    }

    public void Remove(string path)
    {
        _hot.TryRemove(path, out _);
        _cold.Remove(path);
    }

    public void Dispose() => _cold.Dispose();

    // The parse cache's buckets are read once per feed and process (then held as articles), so they are not kept twice.
    private static bool IsHot(string path) =>
        (path.StartsWith(DocumentPaths.State, StringComparison.Ordinal) && !path.StartsWith(ParseCache.Folder, StringComparison.Ordinal)) || DocumentPaths.IsPolled(path);
}
