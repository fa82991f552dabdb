using Syndication.Core.Channels;
using Syndication.Core.Rendering;
using static Syndication.Core.Tests.Rendering.GeneratedFeed;

namespace Syndication.Core.Tests.Rendering;

/// <summary>The page of a feed or a tag: its newest entries as the subscription document carries them, and a way to subscribe in each format.</summary>
public sealed class ListingPageTests
{
    private const string Base = "https://feeds.example.org/feeds/";

    [Fact]
    public void FeedPage_ListsTheSubscriptionDocumentsEntries_NewestFirst_WithDateAndExcerpt()
    {
        var feed = News with { Limit = 3, Language = "fr" };
        var articles = Articles(5, n => n == 4 ? Article(n, summary: "En bref.") : Article(n) with { BodyHtml = $"<p>{string.Join(' ', Enumerable.Repeat("mot", 100))}</p>" });

        var page = Parse(HtmlPages.Listing(Subscription(new ChannelEntries(new FeedChannel(feed), Entries(feed, articles)))));

        Assert.Equal([("Article 5", Base + "news/a-005"), ("Article 4", Base + "news/a-004"), ("Article 3", Base + "news/a-003")], Links(page, "main li h2 a"));
        Assert.Equal(["6 janvier 2024", "5 janvier 2024", "4 janvier 2024"], page.QuerySelectorAll("main li time").Select(t => t.TextContent));
        var excerpts = page.QuerySelectorAll("main li p:not(.meta)").Select(p => p.TextContent).ToList();
        Assert.Equal("En bref.", excerpts[1]);
        Assert.StartsWith("mot mot", excerpts[0], StringComparison.Ordinal);
        Assert.EndsWith("…", excerpts[0], StringComparison.Ordinal);
        Assert.InRange(excerpts[0].Length, 100, 200);
    }

    [Fact]
    public void FeedPage_LinksEveryFormat_VisiblyAndForAutodiscovery()
    {
        var page = Parse(HtmlPages.Listing(Subscription(new ChannelEntries(new FeedChannel(News), Entries(News, Articles(1))))));

        (string, string)[] expected = [("application/atom+xml", Base + "news.atom"), ("application/rss+xml", Base + "news.rss"), ("application/feed+json", Base + "news.json")];
        Assert.Equal(expected, page.QuerySelectorAll("main a[type]").Select(a => (a.GetAttribute("type")!, a.GetAttribute("href")!)));
        Assert.Equal(expected, page.QuerySelectorAll("head link[rel=alternate]").Select(l => (l.GetAttribute("type")!, l.GetAttribute("href")!)));
    }

    [Fact]
    public void TagPage_ListsOnlyTheEntriesWithTheTag_AndLeadsBackToItsFeed()
    {
        var articles = Articles(4, n => Article(n, tags: n % 2 == 0 ? ["Rust", "Café"] : ["Go"]));
        var rust = Tags(News, articles).Single(t => ((TagChannel)t.Channel).Term == "Rust");

        var page = Parse(HtmlPages.Listing(Subscription(rust)));

        Assert.Equal("News: Rust", page.QuerySelector("h1")!.TextContent);
        Assert.Equal([("Article 4", Base + "news/a-004"), ("Article 2", Base + "news/a-002")], Links(page, "main li h2 a"));
        Assert.Equal([("All feeds", "https://feeds.example.org/"), ("News", Base + "news.html")], Links(page, "header nav a"));
        Assert.Equal([Base + "news/tags/rust.atom", Base + "news/tags/rust.rss", Base + "news/tags/rust.json"], page.QuerySelectorAll("main a[type]").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void FeedPage_WithoutEntries_SaysSo()
    {
        var page = Parse(HtmlPages.Listing(Subscription(new ChannelEntries(new FeedChannel(News), []))));

        Assert.Empty(page.QuerySelectorAll("main li"));
        Assert.Contains("No articles yet.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
