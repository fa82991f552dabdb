using AngleSharp.Html.Parser;
using Syndication.Core.Building;
using Syndication.Core.Channels;
using Syndication.Core.Model;
using Syndication.Core.Rendering;

namespace Syndication.Core.Tests.Rendering;

/// <summary>What a browser or reader finds on our pages, read with an HTML parser: article pages lead to their tag and category feeds, the index to the whole site.</summary>
public sealed class ChannelAutoDiscoveryTests
{
    private static readonly PublicUrls Urls = new(new Uri("https://example.org/blog/"));
    private static readonly FeedDefinition News = new() { Name = "news", Title = "News", Description = "N" };

    private static List<(string Type, string Title, string Href)> Alternates(byte[] page) =>
        new HtmlParser().ParseDocument(new MemoryStream(page)).QuerySelectorAll("head link[rel=alternate]")
            .Select(l => (l.GetAttribute("type")!, l.GetAttribute("title")!, l.GetAttribute("href")!)).ToList();

    [Fact]
    public void ArticlePage_LinksItsFeedAndEachTagAndCategoryFeed()
    {
        var article = new Article
        {
            Slug = "p", Title = "P", BodyHtml = "<p>x</p>", Published = DateTimeOffset.UnixEpoch, Updated = DateTimeOffset.UnixEpoch,
            Tags = ["Rust", "Café"], Categories = ["Guides"],
        };
        var document = new FeedBuilder(Urls).Build(News, [article], DateTimeOffset.UnixEpoch);
        var page = HtmlPages.Article(document, Assert.Single(document.Entries));

        Assert.Equal(
            [
                ("application/atom+xml", "News (Atom)", "https://example.org/blog/feeds/news.atom"),
                ("application/rss+xml", "News (RSS)", "https://example.org/blog/feeds/news.rss"),
                ("application/feed+json", "News (JSON Feed)", "https://example.org/blog/feeds/news.json"),
                ("application/atom+xml", "News: Rust (Atom)", "https://example.org/blog/feeds/news/tags/rust.atom"),
                ("application/atom+xml", "News: Café (Atom)", "https://example.org/blog/feeds/news/tags/caf%C3%A9.atom"),
                ("application/atom+xml", "News: Guides (Atom)", "https://example.org/blog/feeds/news/categories/guides.atom"),
            ],
            Alternates(page));
        // Each term links its page, then its Atom feed.
        var visible = new HtmlParser().ParseDocument(new MemoryStream(page)).QuerySelectorAll("article footer a").Select(a => (a.TextContent, a.GetAttribute("href"), a.GetAttribute("type"))).ToList();
        Assert.Equal(
            [
                ("Rust", "https://example.org/blog/feeds/news/tags/rust.html", null), ("feed", "https://example.org/blog/feeds/news/tags/rust.atom", "application/atom+xml"),
                ("Café", "https://example.org/blog/feeds/news/tags/caf%C3%A9.html", null), ("feed", "https://example.org/blog/feeds/news/tags/caf%C3%A9.atom", "application/atom+xml"),
                ("Guides", "https://example.org/blog/feeds/news/categories/guides.html", null), ("feed", "https://example.org/blog/feeds/news/categories/guides.atom", "application/atom+xml"),
            ],
            visible);
    }

    [Fact]
    public void Index_LinksTheCombinedFeedFirstAndTheOpmlList()
    {
        var page = HtmlPages.Index(Urls, new SiteChannel("Example site", "Everything"), [new ChannelEntries(new FeedChannel(News), [])]);
        Assert.Equal(
            [
                ("application/atom+xml", "Example site (Atom)", "https://example.org/blog/feed.atom"),
                ("application/rss+xml", "Example site (RSS)", "https://example.org/blog/feed.rss"),
                ("application/feed+json", "Example site (JSON Feed)", "https://example.org/blog/feed.json"),
                ("text/x-opml", "Example site (OPML)", "https://example.org/blog/feeds.opml"),
                ("application/atom+xml", "News (Atom)", "https://example.org/blog/feeds/news.atom"),
                ("application/rss+xml", "News (RSS)", "https://example.org/blog/feeds/news.rss"),
                ("application/feed+json", "News (JSON Feed)", "https://example.org/blog/feeds/news.json"),
            ],
            Alternates(page));
        var body = new HtmlParser().ParseDocument(new MemoryStream(page)).Body!;
        Assert.Contains(body.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://example.org/blog/feeds.opml");
    }

    [Fact]
    public void Index_WithoutTheSite_LinksOnlyTheFeeds() =>
        Assert.DoesNotContain(Alternates(HtmlPages.Index(Urls, null, [new ChannelEntries(new FeedChannel(News), [])])), l => l.Type == OpmlWriter.MediaType || l.Href.EndsWith("/feed.atom", StringComparison.Ordinal));
}
