using Syndication.Service.Storage;
using Syndication.Testing;

namespace Syndication.Service.Tests;

/// <summary>
/// The bounded cache in front of a document store (here the file store, reads counted on their way through): documents
/// are served from memory up to the cache's bound (polled ones going last), and what is damaged on disk is put back
/// from the copies kept.
/// </summary>
public sealed class CachingDocumentStoreTests : IDisposable
{
    private readonly TempFeeds _folder = new();
    private readonly CountingStore _inner;
    private readonly CachingDocumentStore _store;

    public CachingDocumentStoreTests()
    {
        _inner = new CountingStore(new FileDocumentStore(_folder.OutputPath));
        _store = new CachingDocumentStore(_inner);
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task APublishedFeedDocument_IsServedFromMemory_CompressedAlready()
    {
        await _store.PublishAsync("news.atom", Bytes(10_000, 1), CancellationToken.None);

        for (var i = 0; i < 5; i++)
        {
            var document = await _store.GetAsync("news.atom");
            Assert.Equal(Bytes(10_000, 1), document!.Bytes);
            Assert.True(document.IsCompressed);
        }

        Assert.Equal(0, _inner.Reads);
    }

    [Fact]
    public async Task ArchivePages_AreKeptOnlyUpToTheBound_TheRestReadFromTheStore()
    {
        // 200 pages of 1 MB: several times the bound, so the oldest must have gone from memory.
        const int Pages = 200;
        for (var i = 0; i < Pages; i++)
        {
            await _store.PublishAsync($"news/archive/{i + 1}.atom", Bytes(1 << 20, i), CancellationToken.None);
        }

        for (var i = 0; i < Pages; i++)
        {
            Assert.Equal(Bytes(1 << 20, i), (await _store.GetAsync($"news/archive/{i + 1}.atom"))!.Bytes);
        }

        // Each page takes its size and half again (room for compressed forms) of the bound: at most that many stay.
        var keptAtMost = (int)(DocumentCache.MaxBytes / ((1 << 20) * 1.5));
        Assert.InRange(_inner.Reads, Pages - keptAtMost, Pages);
    }

    [Fact]
    public async Task PolledDocuments_AreKeptOnlyUpToTheBound_TheRestReadFromTheStore()
    {
        // 100 feeds' documents of 1 MB, read over and over in a mixed order with archive pages: their compressed forms
        // (random bytes do not shrink) make them six times the bound, so most must be read from the store again.
        const int Feeds = 100;
        for (var i = 0; i < Feeds; i++)
        {
            await _store.PublishAsync($"feed-{i}.atom", Bytes(1 << 20, i), CancellationToken.None);
            await _store.PublishAsync($"feed-{i}/archive/1.atom", Bytes(1 << 16, i), CancellationToken.None);
        }

        var order = new Random(9);
        for (var round = 0; round < 3 * Feeds; round++)
        {
            var i = order.Next(Feeds);
            Assert.Equal(Bytes(1 << 20, i), (await _store.GetAsync($"feed-{i}.atom"))!.Bytes);
            Assert.NotNull(await _store.GetAsync($"feed-{i}/archive/1.atom"));
        }

        // A document read from the store is kept at its size and half again: at most that many can be answered from memory.
        var readBefore = _inner.Reads;
        for (var i = 0; i < Feeds; i++)
        {
            Assert.Equal(Bytes(1 << 20, i), (await _store.GetAsync($"feed-{i}.atom"))!.Bytes);
        }

        var keptAtMost = (int)(DocumentCache.MaxBytes / ((1 << 20) * 1.5));
        Assert.InRange(_inner.Reads - readBefore, Feeds - keptAtMost, Feeds);
    }

    [Fact]
    public async Task ADocumentDeletedFromDisk_IsWrittenAgainFromTheCopyKept_SameBytesAndETag()
    {
        await _store.PublishAsync("news.rss", Bytes(5_000, 7), CancellationToken.None);
        var etag = (await _store.GetAsync("news.rss"))!.ETag;
        File.Delete(Path.Combine(_folder.OutputPath, "news.rss"));

        await _store.RestoreAsync(CancellationToken.None);

        Assert.Equal(Bytes(5_000, 7), await File.ReadAllBytesAsync(Path.Combine(_folder.OutputPath, "news.rss")));
        var reopened = new FileDocumentStore(_folder.OutputPath);
        Assert.Equal(etag, (await reopened.GetAsync("news.rss"))!.ETag);
    }

    private static byte[] Bytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>The store behind the cache, counting the reads that reach it.</summary>
    private sealed class CountingStore(IDocumentStore inner) : IDocumentStore
    {
        private int _reads;

        public int Reads => _reads;

        public ValueTask<StoredDocument?> GetAsync(string path, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _reads);
            return inner.GetAsync(path, cancellationToken);
        }

        public bool Has(string path) => inner.Has(path);

        public DocumentInfo? Info(string path) => inner.Info(path);

        public Task<bool> PublishAsync(string path, byte[] bytes, CancellationToken cancellationToken) => inner.PublishAsync(path, bytes, cancellationToken);

        public ValueTask<bool> RemoveAsync(string path, CancellationToken cancellationToken = default) => inner.RemoveAsync(path, cancellationToken);

        public Task RestoreAsync(Func<string, byte[]?> copies, CancellationToken cancellationToken) => inner.RestoreAsync(copies, cancellationToken);

        public IReadOnlyList<string> List(string folder) => inner.List(folder);
    }
}
