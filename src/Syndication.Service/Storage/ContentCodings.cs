using System.Collections.Concurrent;
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

    /// <summary>The coding to send, or null when the client refuses every one we have (answer 406).</summary>
    public static string? Choose(IList<string>? acceptEncoding) => Ranked(acceptEncoding) is [var first, ..] ? first : null;

    /// <summary>
    /// The codings the client accepts, best first; empty when it refuses every one we have. Aggregators send the same
    /// few Accept-Encoding values all day, so each is ranked once and remembered (up to <see cref="RememberedValues"/>
    /// of them, so a client inventing values cannot grow the memo).
    /// </summary>
    public static IReadOnlyList<string> Ranked(IList<string>? acceptEncoding)
    {
        if (acceptEncoding is null || acceptEncoding.Count == 0)
        {
            return IdentityOnly;
        }

        if (acceptEncoding.Count > 1 || acceptEncoding[0] is not { } value)
        {
            return Rank(acceptEncoding);
        }

        if (Remembered.TryGetValue(value, out var ranked))
        {
            return ranked;
        }

        ranked = Rank(acceptEncoding);
        // A counter, not Remembered.Count: that takes every lock of the dictionary, on each request once the memo is full.
        if (Volatile.Read(ref _remembered) < RememberedValues && Remembered.TryAdd(value, ranked))
        {
            Interlocked.Increment(ref _remembered);
        }

        return ranked;
    }

    public const int RememberedValues = 256;

    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> Remembered = new(StringComparer.Ordinal);
    private static int _remembered;

    private static IReadOnlyList<string> Rank(IList<string> acceptEncoding)
    {
        if (!StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var accepted))
        {
            return IdentityOnly;
        }

        var star = accepted.FirstOrDefault(a => a.Value == "*");
        // null: the client names the coding neither directly nor through "*".
        double? Quality(string coding) =>
            (accepted.FirstOrDefault(a => a.Value.Equals(coding, StringComparison.OrdinalIgnoreCase)) ?? star) is { } entry ? entry.Quality ?? 1 : null;

        // OrderByDescending is stable, so equal q-values keep the order of Preference; identity the client does not
        // name comes last, acceptable but below every coding it names.
        var named = Preference.Select(c => (Coding: c, Quality: Quality(c))).Where(c => c.Quality > 0).OrderByDescending(c => c.Quality).Select(c => c.Coding).ToList();
        if (Quality(Identity) is null)
        {
            named.Add(Identity);
        }

        return named.AsReadOnly();
    }

    private static readonly string[] IdentityOnly = [Identity];
}
