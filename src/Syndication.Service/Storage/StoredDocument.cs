using System.Security.Cryptography;

namespace Syndication.Service.Storage;

/// <summary>A published document: its bytes, a strong ETag (hash of the bytes) and when those bytes last changed.</summary>
internal sealed record StoredDocument(byte[] Bytes, string ETag, DateTimeOffset LastModified)
{
    public static StoredDocument Create(byte[] bytes, DateTimeOffset lastModified) =>
        new(bytes, ETagOf(bytes), TruncateToSeconds(lastModified));

    public static string ETagOf(byte[] bytes) =>
        "\"" + Convert.ToBase64String(SHA256.HashData(bytes)[..18]).Replace('+', '-').Replace('/', '_') + "\"";

    // HTTP dates carry whole seconds; a finer time would make If-Modified-Since never match.
    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Offset);
}
