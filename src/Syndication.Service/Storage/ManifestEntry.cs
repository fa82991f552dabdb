using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json.Serialization;

namespace Syndication.Service.Storage;

/// <summary>One line of the store's manifest: a file it wrote (its length and SHA-256), or, with no hash, one it removed.</summary>
internal sealed record ManifestEntry
{
    // The hash as its 32 bytes, not 64 hex characters: the store keeps an entry per file in memory, and 100 feeds of
    // 1,000 articles make 150,000 files, for which the hex strings alone took 22 MB.
    private readonly UInt128 _high;
    private readonly UInt128 _low;

    [JsonConstructor]
    public ManifestEntry(string path, long length, string? sha256)
    {
        Path = path;
        Length = length;
        if (sha256 is not null)
        {
            var bytes = Convert.FromHexString(sha256);
            (_high, _low) = bytes.Length == SHA256.HashSizeInBytes
                ? (BinaryPrimitives.ReadUInt128BigEndian(bytes), BinaryPrimitives.ReadUInt128BigEndian(bytes.AsSpan(16)))
                : throw new FormatException($"a SHA-256 has {SHA256.HashSizeInBytes} bytes, not {bytes.Length}");
            Removed = false;
        }
        else
        {
            Removed = true;
        }
    }

    private ManifestEntry(string path, byte[] bytes)
        : this(path, bytes.Length, (string?)null)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        (_high, _low, Removed) = (BinaryPrimitives.ReadUInt128BigEndian(hash), BinaryPrimitives.ReadUInt128BigEndian(hash[16..]), false);
    }

    public string Path { get; }

    public long Length { get; }

    /// <summary>The SHA-256 of the bytes written, upper-case hex; null for a removal.</summary>
    public string? Sha256
    {
        get
        {
            if (Removed)
            {
                return null;
            }

            Span<byte> bytes = stackalloc byte[SHA256.HashSizeInBytes];
            BinaryPrimitives.WriteUInt128BigEndian(bytes, _high);
            BinaryPrimitives.WriteUInt128BigEndian(bytes[16..], _low);
            return Convert.ToHexString(bytes);
        }
    }

    /// <summary>The file's write time when it was written (null in manifests of older versions): a file still that length with that time is taken as unchanged without reading it.</summary>
    public DateTime? Written { get; init; }

    [JsonIgnore]
    public bool Removed { get; }

    public static ManifestEntry Of(string path, byte[] bytes) => new(path, bytes);

    public static ManifestEntry Removal(string path) => new(path, 0, null);

    /// <summary>Whether two entries record the same bytes at the same path, whenever written.</summary>
    public bool SameBytes(ManifestEntry? other) =>
        other is not null && other.Path == Path && other.Length == Length && other.Removed == Removed && other._high == _high && other._low == _low;

    /// <summary>Whether bytes read back are exactly the ones written (an empty file is never taken for a written one).</summary>
    public bool Matches(byte[] bytes) => !Removed && Length > 0 && bytes.Length == Length && SameBytes(Of(Path, bytes));
}
