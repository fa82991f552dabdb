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
        return HtmlSafety.Resolve(html, articleUrl.AbsoluteUri);
    }

    private static string Figure(ArticleImage image)
    {
        var caption = image.Caption is null ? "" : $"<figcaption>{WebUtility.HtmlEncode(image.Caption)}</figcaption>";
        return $"<figure><img src=\"{WebUtility.HtmlEncode(image.Url.Href)}\" alt=\"{WebUtility.HtmlEncode(image.Alt ?? "")}\">{caption}</figure>";
    }
}
