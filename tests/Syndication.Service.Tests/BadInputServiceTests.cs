using System.Net;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>Bad input is reported with file, line and hint; it never takes down the feed's other articles, other feeds, or a good document.</summary>
public sealed class BadInputServiceTests : IDisposable
{
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();

    public BadInputServiceTests()
    {
        _feeds.AddFeed("other", "Other");
        _feeds.WriteArticle("other", "fine.md", TempFeeds.Article("Other fine", "2024-02-01"));
    }

    [Theory]
    [InlineData("broken-yaml.md", "---\ntitle: [unclosed\ndate: 2024-01-01\n---\nx", "YAML")]
    [InlineData("no-title.md", "---\ndate: 2024-01-01\n---\nx", "no title")]
    [InlineData("bad-date.md", "---\ntitle: Bad date\ndate: March 5th\n---\nx", "not a date")]
    public async Task BrokenArticle_IsReportedWhileTheRestPublishes(string file, string text, string message)
    {
        _feeds.WriteArticle("news", file, text);
        using var factory = new ServiceFactory(_feeds);
        using var client = factory.CreateClient();

        var report = await client.RegenerateAsync();

        var error = Assert.Single(report.Feed("news").GetProperty("errors").EnumerateArray());
        Assert.Equal($"news/{file}", error.GetProperty("file").GetString());
        Assert.True(error.GetProperty("line").GetInt32() > 0);
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(error.GetProperty("hint").GetString()));
        Assert.Equal(["First post"], (await client.ReadFeedAsync("/feeds/news.atom")).Titles());
        Assert.Equal(["Other fine"], (await client.ReadFeedAsync("/feeds/other.rss")).Titles());
        var status = await client.StatusAsync();
        Assert.Contains(status.Feed("news").GetProperty("errors").EnumerateArray(), e => e.GetProperty("file").GetString() == $"news/{file}");
        Assert.Empty(status.Feed("other").GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task BrokenFeedYaml_KeepsServingTheLastGoodDocuments()
    {
        using var factory = new ServiceFactory(_feeds);
        using var client = factory.CreateClient();
        await client.RegenerateAsync();
        using var before = await client.GetAsync("/feeds/news.atom");
        var goodBytes = await before.Content.ReadAsByteArrayAsync();

        _feeds.WriteFeedYaml("news", "title: [broken\n");
        _feeds.WriteArticle("news", "new-post.md", TempFeeds.Article("New post", "2024-03-01"));
        var report = await client.RegenerateAsync();

        Assert.False(report.Feed("news").GetProperty("succeeded").GetBoolean());
        Assert.Contains(report.Feed("news").GetProperty("errors").EnumerateArray(), e => e.GetProperty("file").GetString() == "news/feed.yaml");
        using var after = await client.GetAsync("/feeds/news.atom");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(goodBytes, await after.Content.ReadAsByteArrayAsync());
        Assert.Equal(before.Headers.ETag, after.Headers.ETag);
        Assert.True(report.Feed("other").GetProperty("succeeded").GetBoolean());
    }

    [Fact]
    public async Task PublishedArticleThatBreaks_KeepsItsLastGoodVersionAndIsReportedStale()
    {
        using var factory = new ServiceFactory(_feeds);
        using var client = factory.CreateClient();
        await client.RegenerateAsync();

        _feeds.WriteArticle("news", "first-post.md", "---\ntitle: First post, half edited\ndate: 2024-01-02\ntags: [oops\n---\nx");
        var report = await client.RegenerateAsync();

        Assert.Equal(["First post"], (await client.ReadFeedAsync("/feeds/news.atom")).Titles());
        var warnings = report.Feed("news").GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("message").GetString()).ToList();
        Assert.Contains(warnings, w => w!.StartsWith("stale:", StringComparison.Ordinal));
        Assert.Contains(report.Feed("news").GetProperty("errors").EnumerateArray(), e => e.GetProperty("line").GetInt32() >= 4);
    }

    [Fact]
    public async Task RestartedService_ServesThePersistedDocumentsBeforeAnyRun()
    {
        byte[] published;
        string etag;
        using (var first = new ServiceFactory(_feeds))
        using (var client = first.CreateClient())
        {
            await client.RegenerateAsync();
            using var response = await client.GetAsync("/feeds/news.atom");
            published = await response.Content.ReadAsByteArrayAsync();
            etag = response.Headers.ETag!.ToString();
        }

        // The start-up run of the second instance can change nothing: its feed.yaml is broken, so only what was persisted can answer.
        _feeds.WriteFeedYaml("news", "description: no title any more\n");
        using var second = new ServiceFactory(_feeds);
        using var again = second.CreateClient();
        using var served = await again.GetAsync("/feeds/news.atom");

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(published, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, served.Headers.ETag!.ToString());
    }

    public void Dispose() => _feeds.Dispose();
}
