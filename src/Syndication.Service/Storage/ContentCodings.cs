using System.IO.Compression;
using Microsoft.Net.Http.Headers;

namespace Syndication.Service.Storage;

/// <summary>Chooses the representation a client accepts (RFC 9110 §12.5.3): highest q-value wins; ties prefer br, then gzip, then identity.</summary>
internal static class ContentCodings
{
    public const string Identity = "identity";
    public const string Gzip = "gzip";
    public const string Brotli = "br";

    private static readonly string[] Preference = [Brotli, Gzip, Identity];

    /// <summary>The bytes in the given coding.</summary>
    public static byte[] Encode(byte[] bytes, string coding, CompressionLevel level)
    {
        if (coding == Identity)
        {
            return bytes;
        }

        using var output = new MemoryStream();
        using (Stream stream = coding == Brotli ? new BrotliStream(output, level, leaveOpen: true) : new GZipStream(output, level, leaveOpen: true))
        {
            stream.Write(bytes);
        }

        return output.ToArray();
    }

    /// <summary>The coding to send, or null when the client refuses every one we have (answer 406).</summary>
    public static string? Choose(IList<string>? acceptEncoding)
    {
        if (acceptEncoding is null || acceptEncoding.Count == 0 || !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var accepted))
        {
            return Identity;
        }

        double Quality(string coding)
        {
            var named = accepted.FirstOrDefault(a => a.Value.Equals(coding, StringComparison.OrdinalIgnoreCase));
            var star = accepted.FirstOrDefault(a => a.Value == "*");
            var entry = named ?? star;
            if (entry is not null)
            {
                return entry.Quality ?? 1;
            }

            // identity is acceptable unless excluded; other codings only when named.
            return coding == Identity ? 1 : 0;
        }

        string? best = null;
        var bestQuality = 0.0;
        foreach (var coding in Preference)
        {
            var quality = Quality(coding);
            if (quality > bestQuality)
            {
                (best, bestQuality) = (coding, quality);
            }
        }

        return best;
    }
}
