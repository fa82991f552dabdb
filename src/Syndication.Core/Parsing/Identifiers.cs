using System.Buffers;
using System.Globalization;

namespace Syndication.Core.Parsing;

/// <summary>
/// The rule for a feed or entry <c>id</c>: an absolute IRI in a scheme made for naming (tag:, urn:, http:, https:).
/// Readers never follow an id, yet some show or link it, so schemes that act when followed (javascript:, data:, file:…) are refused.
/// </summary>
internal static class Identifiers
{
    private static readonly HashSet<string> Schemes = new(StringComparer.OrdinalIgnoreCase) { "tag", "urn", "http", "https" };

    // RFC 3987 leaves these out of IRIs; markup needs them.
    private static readonly SearchValues<char> NotInIris = SearchValues.Create("<>\"{}|\\^`");

    public const string Hint = "Use a tag: or urn: IRI such as tag:example.org,2017:my-post, or remove 'id' to get a permanent one derived from the name";

    /// <summary>Why <paramref name="id"/> cannot be an id, or null when it can.</summary>
    public static string? Refusal(string id)
    {
        if (id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format))
        {
            return $"'id' must not contain spaces, control or invisible characters: '{Shown.Value(id)}'";
        }

        if (id.AsSpan().ContainsAny(NotInIris))
        {
            return $"'id' must not contain < > \" {{ }} | \\ ^ or `, which no IRI holds: '{Shown.Value(id)}'";
        }

        if (!Uri.TryCreate(id, UriKind.Absolute, out var iri))
        {
            return $"'id' must be an absolute IRI, not '{Shown.Value(id)}'";
        }

        return Schemes.Contains(iri.Scheme) && id.StartsWith(iri.Scheme + ":", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"'id' uses the '{iri.Scheme}:' scheme; only tag:, urn:, http: and https: name entries, not '{Shown.Value(id)}'";
    }
}
