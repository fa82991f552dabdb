using System.IO.Compression;
using System.Security.Cryptography;

namespace Syndication.Service.Storage;

/// <summary>
/// A published document in every representation we serve: the bytes, and their gzip and brotli forms, each made once.
/// Each representation has its own strong ETag (RFC 9110 §8.8.3: a validator names one representation).
/// </summary>
internal sealed class StoredDocument
{
    private readonly Lazy<byte[]> _gzip;
    private readonly Lazy<byte[]> _brotli;

    private StoredDocument(byte[] bytes, DateTimeOffset lastModified, CompressionLevel level)
    {
        Bytes = bytes;
        ETag = ETagOf(bytes);
        LastModified = TruncateToSeconds(lastModified);
        // Made when first needed, not here: state files and documents only loaded to compare bytes are never sent
        // compressed, and Brotli at its smallest size takes ~5 ms per KiB (1.9 s for the state of a 1,000-article feed).
        _gzip = new(() => ContentCodings.Encode(bytes, ContentCodings.Gzip, level));
        _brotli = new(() => ContentCodings.Encode(bytes, ContentCodings.Brotli, level));
    }

    public byte[] Bytes { get; }

    public byte[] Gzip => _gzip.Value;

    public byte[] Brotli => _brotli.Value;

    public string ETag { get; }

    public DateTimeOffset LastModified { get; }

    /// <summary>A document whose compressed forms, when made, use <paramref name="level"/>: the smallest for what is served many times.</summary>
    public static StoredDocument Create(byte[] bytes, DateTimeOffset lastModified, CompressionLevel level = CompressionLevel.SmallestSize) =>
        new(bytes, lastModified, level);

    /// <summary>Makes the compressed forms now, so no request waits for them.</summary>
    public StoredDocument Precompressed()
    {
        _ = _gzip.Value;
        _ = _brotli.Value;
        return this;
    }

    /// <summary>The strong ETag of the identity bytes: a quoted, URL-safe SHA-256 prefix.</summary>
    public static string ETagOf(byte[] bytes) =>
        "\"" + Convert.ToBase64String(SHA256.HashData(bytes)[..18]).Replace('+', '-').Replace('/', '_') + "\"";

    /// <summary>The ETag of one content coding's representation: the identity tag with the coding appended.</summary>
    /// <summary>The identity ETag a client's validator stands for: weakness and the coding suffix removed.</summary>
    public static string IdentityETag(string etag)
    {
        var tag = etag.Trim();
        tag = tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
        foreach (var coding in (string[])[ContentCodings.Gzip, ContentCodings.Brotli])
        {
            var suffix = "-" + coding + "\"";
            if (tag.EndsWith(suffix, StringComparison.Ordinal))
            {
                return tag[..^suffix.Length] + "\"";
            }
        }

        return tag;
    }

    public string ETagFor(string coding) => coding == ContentCodings.Identity ? ETag : ETag[..^1] + "-" + coding + "\"";

    public byte[] BytesFor(string coding) => coding switch
    {
        ContentCodings.Gzip => Gzip,
        ContentCodings.Brotli => Brotli,
        _ => Bytes,
    };

    // HTTP dates carry whole seconds; a finer time would make If-Modified-Since never match.
    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Offset);
}
