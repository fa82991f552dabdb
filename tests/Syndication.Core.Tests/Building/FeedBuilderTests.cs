using Syndication.Core.Building;
using Syndication.Core.Model;
using Syndication.Core.Rendering;

namespace Syndication.Core.Tests.Building;

public sealed class FeedBuilderTests
{
    private static readonly string Golden = FeedFolder.InOutput("Fixtures", "golden", "news");

    private static Article Article(string slug, DateTimeOffset published, bool draft = false) =>
        new() { Slug = slug, Title = slug, BodyHtml = "<p>x</p>", Published = published, Updated = published, Draft = draft };

    private static readonly FeedDefinition Feed = new() { Name = "news", Title = "News", Description = "D", Limit = 2 };

    [Fact]
    public void DraftsAndFutureArticles_WaitUntilTheirTime()
    {
        var now = new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);
        var articles = new[] { Article("past", now.AddDays(-1)), Article("future", now.AddMinutes(1)), Article("draft", now.AddDays(-2), draft: true) };
        var builder = new FeedBuilder(new PublicUrls(FeedFolder.BaseUrl));
        Assert.Equal(["past"], builder.Build(Feed, articles, now).Entries.Select(e => e.Article.Slug));
        Assert.Equal(["future", "past"], builder.Build(Feed, articles, now.AddMinutes(1)).Entries.Select(e => e.Article.Slug));
    }

    [Fact]
    public void Entries_AreNewestFirstAndLimited()
    {
        var day = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var articles = Enumerable.Range(1, 5).Select(i => Article($"a{i}", day.AddDays(i))).ToList();
        var document = new FeedBuilder(new PublicUrls(FeedFolder.BaseUrl)).Build(Feed, articles, day.AddYears(1));
        Assert.Equal(["a5", "a4"], document.Entries.Select(e => e.Article.Slug));
        Assert.Equal(day.AddDays(5), document.Updated);
    }

    [Fact]
    public void Documents_AreByteIdenticalAcrossRunsAndClockTimes()
    {
        var first = FeedFolder.Build(Golden, now: new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var later = FeedFolder.Build(Golden, now: new DateTimeOffset(2031, 7, 4, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(AtomWriter.Write(first), AtomWriter.Write(later));
        Assert.Equal(RssWriter.Write(first), RssWriter.Write(later));
    }

    [Fact]
    public void Documents_AreUtf8WithoutByteOrderMark()
    {
        var atom = AtomWriter.Write(FeedFolder.Build(Golden));
        Assert.Equal((byte)'<', atom[0]);
    }

    [Fact]
    public void EntryIds_DoNotDependOnThePublicHostName()
    {
        var here = FeedFolder.Build(Golden, new Uri("https://feeds.example.org/"));
        var moved = FeedFolder.Build(Golden, new Uri("http://other.example.net:8080/blog/"));
        Assert.Equal(here.Entries.Select(e => e.Id), moved.Entries.Select(e => e.Id));
        Assert.Equal(here.Id, moved.Id);
        Assert.StartsWith("http://other.example.net:8080/blog/feeds/news/", moved.Entries[0].Link.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void EntryIds_AreVersion5UuidsAsPythonComputesThem()
    {
        // python3 -c "import uuid; print(uuid.uuid5(uuid.UUID('5d1c8c51-3c5f-4a43-9d0b-6f1f0b9a4e27'), 'entry/news/first-post'))"
        Assert.Equal("urn:uuid:f4b3121b-153f-556d-bd31-f949fa598d5d", EntryIds.ForArticle("news", "first-post"));
        Assert.Equal("urn:uuid:5ae7d58d-0a99-5fd8-a07a-41cc8dc3d6b9", EntryIds.ForFeed("news"));
    }

    [Fact]
    public void FrontMatterId_WinsOverTheDerivedOne()
    {
        var article = Article("p", DateTimeOffset.UnixEpoch) with { Id = "tag:example.org,2017:p" };
        var document = new FeedBuilder(new PublicUrls(FeedFolder.BaseUrl)).Build(Feed, [article], DateTimeOffset.UnixEpoch);
        Assert.Equal("tag:example.org,2017:p", Assert.Single(document.Entries).Id);
    }

    [Fact]
    public void ArticleHtml_IsSanitisedAndResolvedAgainstTheArticlePage()
    {
        var article = Article("p", DateTimeOffset.UnixEpoch) with { BodyHtml = "<p><a href=\"other\">o</a><img src=\"/logo.png\"><script>alert(1)</script></p>" };
        var entry = Assert.Single(new FeedBuilder(new PublicUrls(FeedFolder.BaseUrl)).Build(Feed, [article], DateTimeOffset.UnixEpoch).Entries);
        Assert.Contains("href=\"https://feeds.example.org/feeds/news/other\"", entry.ContentHtml, StringComparison.Ordinal);
        Assert.Contains("src=\"https://feeds.example.org/logo.png\"", entry.ContentHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("script", entry.ContentHtml, StringComparison.Ordinal);
    }
}
