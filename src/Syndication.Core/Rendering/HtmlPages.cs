using System.Globalization;
using System.Net;
using System.Text;
using Syndication.Core.Building;
using Syndication.Core.Channels;
using Syndication.Core.Model;
using Syndication.Core.Parsing;

namespace Syndication.Core.Rendering;

/// <summary>The human-readable pages: the index of feeds and one page per article, each with feed autodiscovery links.</summary>
public static class HtmlPages
{
    public const string MediaType = "text/html";

    public static byte[] Article(FeedDocument document, FeedEntry entry)
    {
        var article = entry.Article;
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<article>\n<header>\n<h1>{E(article.Title)}</h1>\n<p class=\"byline\">");
        body.Append(string.Join(", ", entry.Authors.Select(a => a.Affiliation is null ? E(a.Name) : $"{E(a.Name)} ({E(a.Affiliation)})")));
        body.Append(CultureInfo.InvariantCulture, $" · <time datetime=\"{Iso(article.Published)}\">{article.Published:d MMMM yyyy}</time>");
        if (article.Updated != article.Published)
        {
            body.Append(CultureInfo.InvariantCulture, $" · updated <time datetime=\"{Iso(article.Updated)}\">{article.Updated:d MMMM yyyy}</time>");
        }

        body.Append("</p>\n");
        if (article.Summary is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"summary\"><strong>{E(article.Summary)}</strong></p>\n");
        }

        body.Append("</header>\n").Append(entry.ContentHtml).Append("\n<footer>\n");
        if (article.Source is { } source)
        {
            var name = source.Url is null ? E(source.Name) : $"<a href=\"{E(source.Url.Href)}\">{E(source.Name)}</a>";
            body.Append(CultureInfo.InvariantCulture, $"<p>First published in {name}.</p>\n");
        }

        if (article.Rights is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"rights\">{E(article.Rights)}</p>\n");
        }

        body.Append(CultureInfo.InvariantCulture, $"<p>From <a href=\"{E(document.Home.AbsoluteUri)}\">{E(document.Feed.Title)}</a>.</p>\n</footer>\n</article>");
        return Page(article.Title, document.Feed.Language, AutoDiscovery(document), body.ToString());
    }

    /// <summary>The index of every feed: (feed name, title, description).</summary>
    public static byte[] Index(PublicUrls urls, IEnumerable<(string Name, string Title, string Description)> feeds)
    {
        var links = new StringBuilder();
        var list = new StringBuilder("<h1>Feeds</h1>\n<ul>\n");
        foreach (var (name, title, description) in feeds)
        {
            links.Append(AutoDiscovery(urls, new FeedChannel(new FeedDefinition { Name = name, Title = title, Description = description }), title));
            var formats = string.Join(" · ", FeedFormat.All.Select(f => $"<a href=\"{E(urls.Document(name, f.Extension).AbsoluteUri)}\">{f.Label}</a>"));
            list.Append(CultureInfo.InvariantCulture, $"<li><strong>{E(title)}</strong>: {E(description)} ({formats})</li>\n");
        }

        list.Append("</ul>");
        return Page("Feeds", null, links.ToString(), list.ToString());
    }

    private static string AutoDiscovery(FeedDocument document) => AutoDiscovery(document.Urls, document.Channel, document.Feed.Title);

    private static string AutoDiscovery(PublicUrls urls, Channel channel, string title) =>
        string.Concat(FeedFormat.All.Select(f =>
            $"<link rel=\"alternate\" type=\"{f.MediaType}\" title=\"{E(title)} ({f.Label})\" href=\"{E(channel.DocumentUrl(urls, f.Extension).AbsoluteUri)}\">\n"));

    private static byte[] Page(string title, string? language, string head, string body)
    {
        var html = $"""
            <!DOCTYPE html>
            <html lang="{E(language ?? "en")}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)}</title>
            {head}</head>
            <body>
            {body}
            </body>
            </html>

            """;
        return Encoding.UTF8.GetBytes(XmlChars.Clean(html));
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
