using System.IO.Compression;
using System.Security.Cryptography;

namespace Syndication.Service.Storage;

/// <summary>
/// A published document in every representation we serve: the bytes, and their gzip and brotli forms made once at
/// publish time. Each representation has its own strong ETag (RFC 9110 §8.8.3: a validator names one representation).
/// </summary>
internal sealed record StoredDocument(byte[] Bytes, byte[] Gzip, byte[] Brotli, string ETag, DateTimeOffset LastModified)
{
    public static StoredDocument Create(byte[] bytes, DateTimeOffset lastModified) =>
        Create(bytes, ContentCodings.Encode(bytes, ContentCodings.Gzip, CompressionLevel.SmallestSize),
            ContentCodings.Encode(bytes, ContentCodings.Brotli, CompressionLevel.SmallestSize), lastModified);

    public static StoredDocument Create(byte[] bytes, byte[] gzip, byte[] brotli, DateTimeOffset lastModified) =>
        new(bytes, gzip, brotli, ETagOf(bytes), TruncateToSeconds(lastModified));

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
