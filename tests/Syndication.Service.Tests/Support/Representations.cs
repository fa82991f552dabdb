using System.IO.Compression;
using System.Security.Cryptography;

namespace Syndication.Service.Tests.Support;

/// <summary>
/// What a client can check on its own about a response: the identity bytes behind a compressed body, and the ETag the
/// service documents for them, <c>"</c> + base64url(SHA-256(identity)[..18]) + <c>"</c>, with <c>-gzip</c>/<c>-br</c> for codings.
/// </summary>
public static class Representations
{
    public static byte[] Identity(byte[] body, string? coding)
    {
        if (coding is null)
        {
            return body;
        }

        using var input = new MemoryStream(body);
        using Stream decoder = coding switch
        {
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            _ => throw new InvalidDataException($"unexpected Content-Encoding '{coding}'"),
        };
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    public static string ETag(byte[] identity, string? coding)
    {
        var tag = Convert.ToBase64String(SHA256.HashData(identity)[..18]).Replace('+', '-').Replace('/', '_');
        return coding is null ? $"\"{tag}\"" : $"\"{tag}-{coding}\"";
    }
}
