using Syndication.Service.Publishing;

namespace Syndication.Service.Storage;

/// <summary>
/// A bounded <see cref="DocumentCache"/> in front of any document store: documents read or published are kept while
/// there is room (polled ones with their compressed forms made at once, see <see cref="CompressionPolicy"/>), requests
/// are served from memory when they can be, and the copies kept put back whatever the store finds missing or altered
/// when it restores.
/// </summary>
internal sealed class CachingDocumentStore(IDocumentStore inner) : IDocumentStore, IDisposable
{
    private readonly DocumentCache _cache = new();

    public async ValueTask<StoredDocument?> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        if (_cache.TryGet(path, out var cached))
        {
            return cached;
        }

        return await inner.GetAsync(path, cancellationToken) is { } read ? _cache.Keep(path, read) : null;
    }

    public bool Has(string path) => inner.Has(path);

    public DocumentInfo? Info(string path) => inner.Info(path);

    public IReadOnlyList<string> List(string folder) => inner.List(folder);

    public async Task<bool> PublishAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        // Until the store has the new bytes, the old ones are served; if it fails, they still are.
        var changed = await inner.PublishAsync(path, bytes, cancellationToken);
        if (inner.Info(path) is { } info && (_cache.Find(path) is not { } kept || !kept.Is(info)))
        {
            var published = StoredDocument.Create(bytes, info);
            _cache.Replace(path, DocumentPaths.IsPolled(path) ? published.Precompressed() : published);
        }

        return changed;
    }

    public async ValueTask<bool> RemoveAsync(string path, CancellationToken cancellationToken = default)
    {
        var removed = await inner.RemoveAsync(path, cancellationToken);
        _cache.Remove(path);
        return removed;
    }

    public Task RestoreAsync(Func<string, byte[]?> copies, CancellationToken cancellationToken) =>
        inner.RestoreAsync(path => _cache.Find(path)?.Bytes ?? copies(path), cancellationToken);

    public void Dispose() => _cache.Dispose();
}
