using System.IO.Compression;
using Microsoft.Net.Http.Headers;

namespace Syndication.Service.Storage;

/// <summary>
/// Chooses the representation a client accepts (RFC 9110 §12.5.3): the highest q-value among the codings it names
/// (directly or through "*") wins, ties prefer br, then gzip, then identity; identity it does not name is acceptable but
/// ranks below every coding it names, since naming codings says it prefers them.
/// </summary>
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

        var star = accepted.FirstOrDefault(a => a.Value == "*");
        // null: the client names the coding neither directly nor through "*".
        double? Quality(string coding) =>
            (accepted.FirstOrDefault(a => a.Value.Equals(coding, StringComparison.OrdinalIgnoreCase)) ?? star) is { } entry ? entry.Quality ?? 1 : null;

        // OrderByDescending is stable, so equal q-values keep the order of Preference.
        var named = Preference.Select(c => (Coding: c, Quality: Quality(c))).Where(c => c.Quality > 0).OrderByDescending(c => c.Quality).ToList();
        if (named.Count > 0)
        {
            return named[0].Coding;
        }

        return Quality(Identity) is null ? Identity : null;
    }
}
