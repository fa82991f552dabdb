using System.Runtime.CompilerServices;
using Syndication.Service.Storage;

namespace Syndication.Service.Tests;

/// <summary>
/// Documents waiting for background compression are not kept in memory by the wait: under a mixed load they are asked
/// for far faster than one core compresses them, and one nobody holds any more is dropped, not compressed.
/// </summary>
public sealed class CompressionQueueTests
{
    [Fact]
    public void DocumentsQueuedForCompression_AreFreedWhenNothingElseHoldsThem()
    {
        // 100 documents of 1 MB: random bytes take tens of milliseconds each to compress, so seconds for all of them.
        var queued = QueueDocuments(100);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // At most the one being compressed is still held.
        Assert.InRange(queued.Count(q => q.TryGetTarget(out _)), 0, 2);
    }

    [Fact]
    public async Task ADocumentStillHeld_IsCompressedInTheBackground()
    {
        var bytes = new byte[100_000];
        new Random(3).NextBytes(bytes);
        var document = StoredDocument.Create(bytes, DateTimeOffset.UnixEpoch);

        document.CompressInBackground();

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!document.IsCompressed && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(20);
        }

        Assert.True(document.IsCompressed);
    }

    // Not inlined, so that no local of this method keeps a document alive in the caller.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<WeakReference<StoredDocument>> QueueDocuments(int count)
    {
        var queued = new List<WeakReference<StoredDocument>>();
        var random = new Random(7);
        for (var i = 0; i < count; i++)
        {
            var bytes = new byte[1 << 20];
            random.NextBytes(bytes);
            var document = StoredDocument.Create(bytes, DateTimeOffset.UnixEpoch);
            document.CompressInBackground();
            queued.Add(new WeakReference<StoredDocument>(document));
        }

        return queued;
    }
}
