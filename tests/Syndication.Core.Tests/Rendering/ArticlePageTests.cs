using Syndication.Core.Model;
using Syndication.Core.Rendering;
using static Syndication.Core.Tests.Rendering.GeneratedFeed;

namespace Syndication.Core.Tests.Rendering;

/// <summary>What a reader finds around an article: who wrote it and when, in the feed's language, and the way to the articles next to it.</summary>
public sealed class ArticlePageTests
{
    [Fact]
    public void ArticlePage_LinksTheOlderAndNewerArticleOfItsFeed()
    {
        var all = All(News, Articles(3));

        var middle = Parse(HtmlPages.Article(all, 1));
        Assert.Equal([("← Older: Article 1", "https://feeds.example.org/feeds/news/a-001")], Links(middle, "main a[rel=prev]"));
        Assert.Equal([("Newer: Article 3 →", "https://feeds.example.org/feeds/news/a-003")], Links(middle, "main a[rel=next]"));
        Assert.Empty(Parse(HtmlPages.Article(all, 0)).QuerySelectorAll("[rel=next]"));
        Assert.Empty(Parse(HtmlPages.Article(all, 2)).QuerySelectorAll("[rel=prev]"));
    }

    [Fact]
    public void ArticlePage_LeadsBackToItsFeedsPageAndTheIndex()
    {
        var page = Parse(HtmlPages.Article(All(News, Articles(1)), 0));

        Assert.Equal([("All feeds", "https://feeds.example.org/"), ("News", "https://feeds.example.org/feeds/news.html")], Links(page, "header nav a"));
        Assert.Contains(("News", "https://feeds.example.org/feeds/news.html"), Links(page, "body > footer a"));
    }

    [Fact]
    public void ArticlePage_NamesEveryAuthorWithAffiliation()
    {
        var article = Article(1) with { Authors = [new Person("Ada Lovelace", Affiliation: "Analytical Engines"), new Person("Charles Babbage")] };

        var meta = Parse(HtmlPages.Article(All(News, [article]), 0)).QuerySelector("article .meta")!.TextContent;

        Assert.StartsWith("By Ada Lovelace (Analytical Engines), Charles Babbage · ", meta, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "2 janvier 2024", "5 mars 2024")]
    [InlineData("fr-CA", "2 janvier 2024", "5 mars 2024")]
    [InlineData("de-DE", "2. Januar 2024", "5. März 2024")]
    [InlineData("en", "January 2, 2024", "March 5, 2024")]
    [InlineData(null, "2 January 2024", "5 March 2024")]
    [InlineData("not-a-language", "2 January 2024", "5 March 2024")]
    public void ArticlePage_ShowsItsDatesInTheFeedsLanguage_WithTheExactTimeForMachines(string? language, string published, string updated)
    {
        var article = Article(1) with { Published = new(2024, 1, 2, 23, 30, 0, TimeSpan.FromHours(1)), Updated = new(2024, 3, 5, 8, 0, 0, TimeSpan.FromHours(1)) };

        var page = Parse(HtmlPages.Article(All(News with { Language = language }, [article]), 0));

        var times = page.QuerySelectorAll("article .meta time").Select(t => (t.TextContent, t.GetAttribute("datetime"))).ToList();
        Assert.Equal([(published, "2024-01-02T23:30:00+01:00"), (updated, "2024-03-05T08:00:00+01:00")], times);
    }
}
