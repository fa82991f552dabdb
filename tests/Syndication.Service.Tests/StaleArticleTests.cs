using System.Net;
using System.Text.Json;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

public sealed class StaleArticleTests : IDisposable
{
    private const string BrokenYaml = "---\ntitle: First post, edited\ndate: 2024-01-02\nsummary: one: two\n---\n\nNew body.\n";
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();
    private readonly ServiceFactory _factory;
    private readonly HttpClient _client;

    public StaleArticleTests()
    {
        _feeds.WriteArticle("news", "second-post.md", TempFeeds.Article("Second post", "2024-01-03"));
        _factory = new ServiceFactory(_feeds);
        _client = _factory.CreateClient();
    }

    [Fact]
    public async Task PublishedArticleLaterBroken_StaysInEveryDocumentWithItsLastGoodTitle()
    {
        await _client.RegenerateAsync();
        _feeds.WriteArticle("news", "first-post.md", BrokenYaml);
        await _client.RegenerateAsync();

        Assert.Equal(["First post", "Second post"], (await _client.ReadFeedAsync("/feeds/news.atom")).Titles());
        Assert.Equal(["First post", "Second post"], (await _client.ReadFeedAsync("/feeds/news.rss")).Titles());
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/feeds/news.json"));
        Assert.Equal(["First post", "Second post"], json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()).Order(StringComparer.Ordinal));
        using var page = await _client.GetAsync("/feeds/news/first-post");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Some <em>words</em> here.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishedArticleLaterBroken_StatusListsAStaleWarningAndTheErrorWithFileLineAndHint()
    {
        await _client.RegenerateAsync();
        _feeds.WriteArticle("news", "first-post.md", BrokenYaml);
        await _client.RegenerateAsync();

        var status = (await _client.StatusAsync()).Feed("news");
        var stale = status.Warnings().About("news/first-post.md");
        Assert.StartsWith("stale", stale.Message(), StringComparison.Ordinal);
        var error = status.Errors().About("news/first-post.md");
        Assert.Contains("YAML", error.Message(), StringComparison.Ordinal);
        Assert.Equal(4, error.Line());
        Assert.False(string.IsNullOrWhiteSpace(error.Hint()));
        Assert.False(status.Errors().AnyAbout("news/second-post.md") || status.Warnings().AnyAbout("news/second-post.md"));
    }

    [Fact]
    public async Task StaleArticleFixed_PublishesTheNewVersionAndTheWarningGoes()
    {
        await _client.RegenerateAsync();
        _feeds.WriteArticle("news", "first-post.md", BrokenYaml);
        await _client.RegenerateAsync();
        _feeds.WriteArticle("news", "first-post.md", TempFeeds.Article("First post, fixed", "2024-01-02"));
        var report = (await _client.RegenerateAsync()).Feed("news");

        Assert.Empty(report.Warnings());
        Assert.Empty(report.Errors());
        Assert.Equal(["First post, fixed", "Second post"], (await _client.ReadFeedAsync("/feeds/news.atom")).Titles());
    }

    [Fact]
    public async Task NewBrokenArticle_IsSkippedAndReportedWithFileLineAndHint()
    {
        await _client.RegenerateAsync();
        _feeds.WriteArticle("news", "new-post.md", "---\ntitle: New post\ntags: [one, two\n---\n\nBody.\n");
        var report = (await _client.RegenerateAsync()).Feed("news");

        var error = report.Errors().About("news/new-post.md");
        Assert.Contains("YAML", error.Message(), StringComparison.Ordinal);
        Assert.InRange(error.Line(), 2, 4);
        Assert.False(string.IsNullOrWhiteSpace(error.Hint()));
        Assert.False(report.Warnings().AnyAbout("news/new-post.md"), "a file never published cannot be stale");
        Assert.Equal(["First post", "Second post"], (await _client.ReadFeedAsync("/feeds/news.atom")).Titles());
        using var page = await _client.GetAsync("/feeds/news/new-post");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(error.Message(), (await _client.StatusAsync()).Feed("news").Errors().About("news/new-post.md").Message());
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _feeds.Dispose();
    }
}
