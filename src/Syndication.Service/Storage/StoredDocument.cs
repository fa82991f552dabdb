using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Syndication.Service.Storage;

/// <summary>
/// A published document in every representation we serve: the bytes, and their gzip and brotli forms once made.
/// Each representation has its own strong ETag (RFC 9110 §8.8.3: a validator names one representation).
/// No request waits for compression (see <see cref="CompressionPolicy"/>): until a compressed form is ready, the best
/// representation that is ready is sent, and the missing ones are made in the background.
/// </summary>
internal sealed class StoredDocument
{
    private byte[]? _gzip;
    private byte[]? _brotli;
    private int _queued;

    // Each representation's validator, made once: a poll answered from memory parses and formats no ETag.
    private readonly EntityTagHeaderValue _identityTag;
    private readonly EntityTagHeaderValue _gzipTag;
    private readonly EntityTagHeaderValue _brotliTag;

    private StoredDocument(byte[] bytes, DateTimeOffset lastModified, string etag)
    {
        Bytes = bytes;
        ETag = etag;
        LastModified = TruncateToSeconds(lastModified);
        _identityTag = new EntityTagHeaderValue(etag);
        _gzipTag = new EntityTagHeaderValue(CodingETag(etag, ContentCodings.Gzip));
        _brotliTag = new EntityTagHeaderValue(CodingETag(etag, ContentCodings.Brotli));
    }

    public byte[] Bytes { get; }

    public string ETag { get; }

    public DateTimeOffset LastModified { get; }

    /// <summary>Whether both compressed forms are made.</summary>
    public bool IsCompressed => _gzip is not null && _brotli is not null;

    public static StoredDocument Create(byte[] bytes, DateTimeOffset lastModified) => new(bytes, lastModified, ETagOf(bytes));

    /// <summary>A document whose SHA-256 the store's index knows, so bytes written or read back are hashed once, not twice.</summary>
    public static StoredDocument Create(byte[] bytes, DocumentInfo info) =>
        new(bytes, new DateTimeOffset(info.Written, TimeSpan.Zero), ETagOfHash(Convert.FromHexString(info.Sha256)));

    /// <summary>Whether this is the document <paramref name="info"/> describes (same bytes, written then).</summary>
    public bool Is(DocumentInfo info) => ETag == ETagOfHash(Convert.FromHexString(info.Sha256)) && LastModified == TruncateToSeconds(new DateTimeOffset(info.Written, TimeSpan.Zero));

    /// <summary>Makes the compressed forms now (documents polled all day, when they are published), so no request waits for them.</summary>
    public StoredDocument Precompressed()
    {
        // Both at once: on the run's path (a changed feed's documents), and each takes a core for tens of milliseconds.
        Parallel.Invoke(
            () => _gzip ??= CompressionPolicy.Encode(Bytes, ContentCodings.Gzip),
            () => _brotli ??= CompressionPolicy.Encode(Bytes, ContentCodings.Brotli));
        return this;
    }

    /// <summary>Asks for the compressed forms to be made in the background, once.</summary>
    public void CompressInBackground()
    {
        if (!IsCompressed && Interlocked.Exchange(ref _queued, 1) == 0)
        {
            CompressionPolicy.Queue(this);
        }
    }

    /// <summary>The representation in a coding when it is ready (identity always is), else null.</summary>
    public byte[]? Ready(string coding) => coding switch
    {
        ContentCodings.Gzip => _gzip,
        ContentCodings.Brotli => _brotli,
        _ => Bytes,
    };

    /// <summary>The representation in a coding, made now if it is not ready: only for a client that refuses every ready one.</summary>
    public byte[] BytesFor(string coding) => coding switch
    {
        ContentCodings.Gzip => _gzip ??= CompressionPolicy.Encode(Bytes, ContentCodings.Gzip),
        ContentCodings.Brotli => _brotli ??= CompressionPolicy.Encode(Bytes, ContentCodings.Brotli),
        _ => Bytes,
    };

    /// <summary>The strong ETag of the identity bytes: a quoted, URL-safe SHA-256 prefix.</summary>
    public static string ETagOf(byte[] bytes) => ETagOfHash(SHA256.HashData(bytes));

    private static string ETagOfHash(byte[] sha256) => "\"" + Convert.ToBase64String(sha256[..18]).Replace('+', '-').Replace('/', '_') + "\"";

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

    /// <summary>The ETag of one content coding's representation: the identity tag with the coding appended.</summary>
    public string ETagFor(string coding) => EntityTagFor(coding).Tag.Value!;

    /// <summary><see cref="ETagFor"/> as the header value ASP.NET's conditional-request logic compares.</summary>
    public EntityTagHeaderValue EntityTagFor(string coding) => coding switch
    {
        ContentCodings.Gzip => _gzipTag,
        ContentCodings.Brotli => _brotliTag,
        _ => _identityTag,
    };

    private static string CodingETag(string identity, string coding) => identity[..^1] + "-" + coding + "\"";

    // HTTP dates carry whole seconds; a finer time would make If-Modified-Since never match.
    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Offset);
}
