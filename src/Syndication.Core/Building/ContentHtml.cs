using System.Net;
using Syndication.Core.Model;
using Syndication.Core.Parsing;

namespace Syndication.Core.Building;

/// <summary>
/// Makes an article's HTML fit for any reader: every relative URL resolved against the article's own page. The body was
/// sanitised (and removals reported) when it was parsed; the sanitiser runs again here because it is what resolves URLs,
/// and because the lead image figure is added here.
/// </summary>
internal static class ContentHtml
{
    public static string For(Article article, Uri articleUrl)
    {
        var html = article.Image is { } image ? Figure(image) + "\n" + article.BodyHtml : article.BodyHtml;
        // Parsing the HTML again costs more than the rest of building an entry; most articles have nothing to resolve.
        return HasRelativeUrl(html) ? HtmlSafety.Resolve(html, articleUrl.AbsoluteUri) : html;
    }

    /// <summary>
    /// Whether any attribute could hold a URL that is not absolute http(s). The HTML comes from our own serialiser, so
    /// every attribute is written name="value"; any attribute value that is not an absolute http(s) URL and whose name
    /// could carry a URL counts, so the check can only err towards resolving.
    /// </summary>
    internal static bool HasRelativeUrl(string html)
    {
        for (var at = html.IndexOf("=\"", StringComparison.Ordinal); at >= 0; at = html.IndexOf("=\"", at + 2, StringComparison.Ordinal))
        {
            var nameStart = at;
            while (nameStart > 0 && (char.IsAsciiLetterOrDigit(html[nameStart - 1]) || html[nameStart - 1] is '-' or ':' or '_'))
            {
                nameStart--;
            }

            if (UrlAttributes.Contains(html[nameStart..at]))
            {
                var value = html.AsSpan(at + 2);
                if (!value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Every attribute HTML defines as holding a URL (HtmlSanitizer resolves those it keeps).
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "srcset", "action", "formaction", "background", "cite", "poster", "longdesc", "dynsrc", "lowsrc",
        "usemap", "data", "codebase", "icon", "manifest", "profile", "classid", "archive", "xlink:href", "ping",
    };

    private static string Figure(ArticleImage image)
    {
        var caption = image.Caption is null ? "" : $"<figcaption>{WebUtility.HtmlEncode(image.Caption)}</figcaption>";
        return $"<figure><img src=\"{WebUtility.HtmlEncode(image.Url.Href)}\" alt=\"{WebUtility.HtmlEncode(image.Alt ?? "")}\">{caption}</figure>";
    }
}
