using System.IO.Compression;
using System.Threading.Channels;

namespace Syndication.Service.Storage;

/// <summary>
/// What is compressed when, and how hard. Measured on this project's feed documents (a 246 KB Atom document, 2 cores):
/// brotli at its smallest size makes 19.0 % of the bytes at 0.7 MB/s, quality 5 makes 23.0 % at 55 MB/s; gzip level 6
/// makes 22.1 % at 40 MB/s. Smallest brotli was four fifths of a 1,000-article build, for 4 % fewer bytes; so every
/// form is made at the quick levels below.
/// - Each feed's and the combined feed's subscription documents, the index and the OPML (polled all day) are compressed
///   when published, before they are swapped in: their first request finds both forms.
/// - Tag and category feeds, archive and article pages (many more documents, each fetched far less) are compressed on
///   their first request, in the background, one at a time; that request and any until the forms are ready get
///   identity bytes (still correct: every response says Vary: Accept-Encoding, and each representation has its own
///   ETag). No request waits for compression. The queue holds them weakly: under a mixed load over a large corpus,
///   documents are asked for far faster than one core compresses them, and one the cache has let go of is not worth
///   compressing (nor keeping in memory until its turn comes).
/// - Deltas are made for the client asking, so they are compressed as they are made.
/// </summary>
internal static class CompressionPolicy
{
    public const int BrotliQuality = 5;

    public const CompressionLevel GzipLevel = CompressionLevel.Optimal;

    private static readonly Channel<WeakReference<StoredDocument>> Pending =
        Channel.CreateUnbounded<WeakReference<StoredDocument>>(new UnboundedChannelOptions { SingleReader = true });

    private static readonly Lazy<Task> Worker = new(() => Task.Run(CompressPendingAsync));

    public static byte[] Encode(byte[] bytes, string coding)
    {
        if (coding == ContentCodings.Identity)
        {
            return bytes;
        }

        using var output = new MemoryStream(bytes.Length / 4);
        using (Stream stream = coding == ContentCodings.Brotli
                   ? new BrotliStream(output, new BrotliCompressionOptions { Quality = BrotliQuality }, leaveOpen: true)
                   : new GZipStream(output, GzipLevel, leaveOpen: true))
        {
            stream.Write(bytes);
        }

        return output.ToArray();
    }

    public static void Queue(StoredDocument document)
    {
        Pending.Writer.TryWrite(new WeakReference<StoredDocument>(document));
        _ = Worker.Value;
    }

    /// <summary>One document at a time, so background compression takes at most one core from requests.</summary>
    private static async Task CompressPendingAsync()
    {
        await foreach (var pending in Pending.Reader.ReadAllAsync())
        {
            if (pending.TryGetTarget(out var document))
            {
                document.Precompressed();
            }
        }
    }
}
