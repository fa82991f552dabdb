using Syndication.Core.Channels;
using Syndication.Core.Model;
using Syndication.Core.Rendering;
using static Syndication.Core.Tests.Rendering.GeneratedFeed;

namespace Syndication.Core.Tests.Rendering;

/// <summary>The home page: the whole site first, then each feed with its newest entries and a way to subscribe.</summary>
public sealed class IndexPageTests
{
    private static readonly FeedDefinition Notes = new() { Name = "notes", Title = "Notes", Description = "Short ones" };

    private static byte[] Index() =>
        HtmlPages.Index(Builder.Urls, new SiteChannel("Example site", "Everything"),
            [new ChannelEntries(new FeedChannel(News), Entries(News, Articles(7))), new ChannelEntries(new FeedChannel(Notes), Entries(Notes, Articles(2)))]);

    [Fact]
    public void Index_ShowsEachFeedWithItsFiveNewestEntries_AndLinksItsPage()
    {
        var sections = Parse(Index()).QuerySelectorAll("main section").Skip(1).ToList();

        Assert.Equal(
            [
                ("News", "https://feeds.example.org/feeds/news.html", "Article 7, Article 6, Article 5, Article 4, Article 3"),
                ("Notes", "https://feeds.example.org/feeds/notes.html", "Article 2, Article 1"),
            ],
            sections.Select(s => (s.QuerySelector("h2 a")!.TextContent, s.QuerySelector("h2 a")!.GetAttribute("href")!, string.Join(", ", s.QuerySelectorAll("li a").Select(a => a.TextContent)))));
        Assert.Equal("https://feeds.example.org/feeds/notes/a-002", sections[1].QuerySelector("li a")!.GetAttribute("href"));
        Assert.Equal("2024-01-03T09:00:00+00:00", sections[1].QuerySelector("li time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void Index_PutsTheCombinedFeedFirst_ThenEachFeed_WithEveryFormat()
    {
        var sections = Parse(Index()).QuerySelectorAll("main section").ToList();

        Assert.Equal(
            ["https://feeds.example.org/feed.atom", "https://feeds.example.org/feed.rss", "https://feeds.example.org/feed.json", "https://feeds.example.org/feeds.opml"],
            sections[0].QuerySelectorAll("a[type]").Select(a => a.GetAttribute("href")));
        Assert.Equal(
            ["https://feeds.example.org/feeds/notes.atom", "https://feeds.example.org/feeds/notes.rss", "https://feeds.example.org/feeds/notes.json"],
            sections[2].QuerySelectorAll("a[type]").Select(a => a.GetAttribute("href")));
    }
}
