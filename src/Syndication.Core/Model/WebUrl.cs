using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Syndication.Core.Parsing;

namespace Syndication.Core.Model;

/// <summary>
/// An absolute http or https URL from content, the only kind of address published for a link, image, icon or person:
/// it can only be made by <see cref="TryParse"/>, so no other scheme, relative reference or malformed text reaches a writer.
/// </summary>
public sealed partial record WebUrl
{
    private WebUrl(string href) => Href = href;

    /// <summary>The normalised form: lower-case scheme and host, the host in ASCII (punycode), the path percent-encoded.</summary>
    public string Href { get; }

    public Uri Uri => new(Href);

    public override string ToString() => Href;

    /// <summary>
    /// Accepts only text starting with <c>http://</c> or <c>https://</c> (any case) that is a valid URL with a DNS or IP host,
    /// without spaces, control or invisible characters, backslashes or a user name; <paramref name="why"/> says what is wrong otherwise.
    /// </summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out WebUrl? url, [NotNullWhen(false)] out string? why)
    {
        url = null;
        var host = "";
        why = Refusal(text, out var uri) ?? AsciiHost(uri!, out host);
        if (why is not null || uri is null)
        {
            why ??= "is not a valid URL";
            return false;
        }

        var port = uri.IsDefaultPort ? "" : string.Create(CultureInfo.InvariantCulture, $":{uri.Port}");
        var rest = uri.GetComponents(UriComponents.PathAndQuery | UriComponents.Fragment, UriFormat.UriEscaped);
        var href = $"{uri.Scheme}://{host}{port}{rest}";
        // Compatibility characters can map to what no DNS name holds ('﹏' becomes '_'): the normal form must pass the rule itself.
        if (!Uri.TryCreate(href, UriKind.Absolute, out var normal) || normal.AbsoluteUri != href || Refusal(href, out _) is not null)
        {
            // Some hosts System.Uri accepts in Unicode do not survive as punycode; a writer must never meet one.
            why = "has a host name that does not survive conversion to ASCII";
            return false;
        }

        url = new WebUrl(href);
        return true;
    }

    /// <summary>The host as DNS sees it (punycode), so a look-alike Unicode name cannot pose as another.</summary>
    private static string? AsciiHost(Uri uri, out string host)
    {
        try
        {
            host = uri.HostNameType == UriHostNameType.Dns ? uri.IdnHost : uri.Host;
            return null;
        }
        catch (UriFormatException)
        {
            host = "";
            return "has a host name with characters international domain names do not allow";
        }
    }

    private static string? Refusal(string text, out Uri? uri)
    {
        uri = null;
        if (!text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return Scheme().Match(text) is { Success: true } scheme
                ? $"uses the '{scheme.Value}' scheme, and only http and https addresses are published"
                : "is not an absolute http or https URL";
        }

        foreach (var c in text.Where(IsInvisible).Take(1))
        {
            return $"contains U+{(int)c:X4} (a space, control or invisible character)";
        }

        if (text.Contains('\\', StringComparison.Ordinal))
        {
            return "contains a backslash";
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out uri) || uri.HostNameType is not (UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6))
        {
            return "is not a valid URL with a host name";
        }

        return uri.UserInfo.Length > 0 ? "carries a user name or password before the host" : null;
    }

    // A URL holds no space at all, visible or not.
    private static bool IsInvisible(char c) => c == ' ' || Invisible.Is(c);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();
}
