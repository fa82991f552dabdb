using System.IO.Compression;
using Syndication.Core.Rendering;

namespace Syndication.Benchmarks.Stages;

/// <summary>The compression policies to choose among, and the documents they are tried on.</summary>
internal static class Compressions
{
    public static readonly IReadOnlyDictionary<string, Func<byte[], byte[]>> Policies = new Dictionary<string, Func<byte[], byte[]>>(StringComparer.Ordinal)
    {
        ["gzip-fastest"] = bytes => Gzip(bytes, CompressionLevel.Fastest),
        ["gzip-optimal"] = bytes => Gzip(bytes, CompressionLevel.Optimal),
        ["gzip-smallest"] = bytes => Gzip(bytes, CompressionLevel.SmallestSize),
        ["br-fastest"] = bytes => Brotli(bytes, CompressionLevel.Fastest),
        ["br-optimal"] = bytes => Brotli(bytes, CompressionLevel.Optimal),
        ["br-smallest"] = bytes => Brotli(bytes, CompressionLevel.SmallestSize),
        ["br-q4"] = bytes => BrotliQuality(bytes, 4),
        ["br-q5"] = bytes => BrotliQuality(bytes, 5),
        ["br-q6"] = bytes => BrotliQuality(bytes, 6),
    };

    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> Documents = new(() =>
    {
        var document = StageInputs.Document();
        return new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["atom-50"] = AtomWriter.Write(document),
            ["page"] = HtmlPages.Article(document, document.Entries[0]),
        };
    });

    public static IEnumerable<string> DocumentNames => ["atom-50", "page"];

    public static byte[] Document(string name) => Documents.Value[name];

    private static byte[] Gzip(byte[] bytes, CompressionLevel level)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, level, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private static byte[] Brotli(byte[] bytes, CompressionLevel level)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, level, leaveOpen: true))
        {
            brotli.Write(bytes);
        }

        return output.ToArray();
    }

    /// <summary>Brotli at a quality CompressionLevel does not name (Fastest is 1, Optimal 4, SmallestSize 11), window 22 as the default.</summary>
    private static byte[] BrotliQuality(byte[] bytes, int quality)
    {
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
        return BrotliEncoder.TryCompress(bytes, output, out var written, quality, window: 22)
            ? output[..written]
            : throw new InvalidOperationException("brotli could not compress");
    }
}
