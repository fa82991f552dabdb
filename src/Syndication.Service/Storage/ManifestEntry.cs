using System.Security.Cryptography;
using System.Text.Json.Serialization;

namespace Syndication.Service.Storage;

/// <summary>One line of the store's manifest: a file it wrote (its length and SHA-256), or, with no hash, one it removed.</summary>
internal sealed record ManifestEntry(string Path, long Length, string? Sha256)
{
    /// <summary>The file's write time when it was written (null in manifests of older versions): a file still that length with that time is taken as unchanged without reading it.</summary>
    public DateTime? Written { get; init; }

    [JsonIgnore]
    public bool Removed => Sha256 is null;

    public static ManifestEntry Of(string path, byte[] bytes) => new(path, bytes.Length, Convert.ToHexString(SHA256.HashData(bytes)));

    public static ManifestEntry Removal(string path) => new(path, 0, null);

    /// <summary>Whether two entries record the same bytes at the same path, whenever written.</summary>
    public bool SameBytes(ManifestEntry? other) => other is not null && other.Path == Path && other.Length == Length && other.Sha256 == Sha256;

    /// <summary>Whether bytes read back are exactly the ones written (an empty file is never taken for a written one).</summary>
    public bool Matches(byte[] bytes) => !Removed && Length > 0 && bytes.Length == Length && Convert.ToHexString(SHA256.HashData(bytes)) == Sha256;
}
