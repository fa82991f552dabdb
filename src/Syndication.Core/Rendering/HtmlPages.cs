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

    private static readonly FeedFormat Atom = FeedFormat.Find("atom")!;

    /// <summary>An article's page, from its feed's document: it links the feed and the article's tag and category feeds.</summary>
    public static byte[] Article(FeedDocument document, FeedEntry entry) =>
        document.Channel is FeedChannel feed
            ? Article(feed, document.Urls, entry)
            : throw new ArgumentException($"An article page belongs to its feed, not to channel '{document.Channel.Name}'.", nameof(document));

    /// <summary>An article's page: the article, and autodiscovery links to its feed and to its tag and category feeds.</summary>
    public static byte[] Article(FeedChannel feed, PublicUrls urls, FeedEntry entry)
    {
        var article = entry.Article;
        var terms = article.Tags.Select(t => (TermChannel)new TagChannel(feed.Feed, t))
            .Concat(article.Categories.Select(c => new CategoryChannel(feed.Feed, c)))
            .DistinctBy(c => c.Name).ToList();
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

        body.Append(TermLinks("Tags", urls, terms.OfType<TagChannel>())).Append(TermLinks("Categories", urls, terms.OfType<CategoryChannel>()));
        var home = feed.Feed.Link?.Uri ?? urls.Home;
        body.Append(CultureInfo.InvariantCulture, $"<p>From <a href=\"{E(home.AbsoluteUri)}\">{E(feed.Feed.Title)}</a>.</p>\n</footer>\n</article>");
        // The feed in every format; each tag and category feed in Atom only, so ten tags do not make thirty choices.
        var head = AutoDiscovery(urls, feed, feed.Feed.Title) + string.Concat(terms.Select(t => AutoDiscovery(urls, t, t.Definition.Title, Atom)));
        return Page(article.Title, feed.Feed.Language, head, body.ToString());
    }

    /// <summary>
    /// A fingerprint of everything <see cref="Article(FeedChannel, PublicUrls, FeedEntry)"/> shows: equal stamps, equal pages, so a run renders only the
    /// pages whose stamp moved. The entry's own stamp covers its content; the rest is what the page adds around it.
    /// </summary>
    public static string ArticleStamp(FeedDocument document, FeedEntry entry) =>
        EntryStamp.Hash(string.Join('\0', [
            EntryStamp.Of(entry), PageVersion, document.Urls.Base.AbsoluteUri, document.Channel.Name, document.Home.AbsoluteUri, document.Feed.Title,
            document.Feed.Language ?? "", string.Join('\u001f', entry.Article.Tags), string.Join('\u001f', entry.Article.Categories),
            .. entry.Authors.Select(a => a.Affiliation ?? "")]));

    // Changed whenever the page template changes, so every page is rendered again once.
    private const string PageVersion = "1";

    /// <summary>A visible list of term feeds (their Atom documents), or nothing when there are none.</summary>
    private static string TermLinks(string label, PublicUrls urls, IEnumerable<TermChannel> channels)
    {
        var links = string.Join(", ", channels.Select(c => $"<a href=\"{E(c.DocumentUrl(urls, Atom.Extension).AbsoluteUri)}\" type=\"{Atom.MediaType}\">{E(c.Term)}</a>"));
        return links.Length == 0 ? "" : $"<p class=\"{label.ToLowerInvariant()}\">{label} (feeds): {links}</p>\n";
    }

    /// <summary>
    /// The index of every feed: (feed name, title, description). With the <paramref name="site"/>, it links the combined
    /// feed first (so a reader given the home page finds the whole site) and the OPML list of every feed.
    /// </summary>
    public static byte[] Index(PublicUrls urls, IEnumerable<(string Name, string Title, string Description)> feeds, SiteChannel? site = null)
    {
        var links = new StringBuilder();
        var list = new StringBuilder("<h1>Feeds</h1>\n");
        if (site is not null)
        {
            var title = site.Definition.Title;
            var opml = SiteChannel.OpmlUrl(urls).AbsoluteUri;
            links.Append(AutoDiscovery(urls, site, title))
                .Append(CultureInfo.InvariantCulture, $"<link rel=\"alternate\" type=\"{OpmlWriter.MediaType}\" title=\"{E(title)} (OPML)\" href=\"{E(opml)}\">\n");
            list.Append(CultureInfo.InvariantCulture, $"<p>Every feed in one: {FormatLinks(urls, site)} · <a href=\"{E(opml)}\" type=\"{OpmlWriter.MediaType}\">OPML list</a> (to subscribe to each feed at once)</p>\n");
        }

        list.Append("<ul>\n");
        foreach (var (name, title, description) in feeds)
        {
            var channel = new FeedChannel(new FeedDefinition { Name = name, Title = title, Description = description });
            links.Append(AutoDiscovery(urls, channel, title));
            list.Append(CultureInfo.InvariantCulture, $"<li><strong>{E(title)}</strong>: {E(description)} ({FormatLinks(urls, channel)})</li>\n");
        }

        list.Append("</ul>");
        return Page("Feeds", null, links.ToString(), list.ToString());
    }

    private static string FormatLinks(PublicUrls urls, Channel channel) =>
        string.Join(" · ", FeedFormat.All.Select(f => $"<a href=\"{E(channel.DocumentUrl(urls, f.Extension).AbsoluteUri)}\">{f.Label}</a>"));

    private static string AutoDiscovery(PublicUrls urls, Channel channel, string title) =>
        string.Concat(FeedFormat.All.Select(f => AutoDiscovery(urls, channel, title, f)));

    private static string AutoDiscovery(PublicUrls urls, Channel channel, string title, FeedFormat format) =>
        $"<link rel=\"alternate\" type=\"{format.MediaType}\" title=\"{E(title)} ({format.Label})\" href=\"{E(channel.DocumentUrl(urls, format.Extension).AbsoluteUri)}\">\n";

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
