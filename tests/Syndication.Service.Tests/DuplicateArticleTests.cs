using System.Text.Json;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

public sealed class DuplicateArticleTests : IDisposable
{
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();
    private ServiceFactory? _factory;
    private HttpClient? _client;

    [Fact]
    public async Task TwoArticlesWithOneSlug_FirstFileByNameIsPublishedTheOtherReported()
    {
        _feeds.WriteArticle("news", "a-first.md", "---\ntitle: A first\ndate: 2024-01-03\nslug: same-slug\n---\nA.\n");
        _feeds.WriteArticle("news", "b-second.md", "---\ntitle: B second\ndate: 2024-01-04\nslug: same-slug\n---\nB.\n");
        var (client, report) = await RegenerateAsync();

        Assert.Contains("same-slug", report.Errors().About("news/b-second.md").Message(), StringComparison.Ordinal);
        Assert.False(report.Errors().AnyAbout("news/a-first.md"));
        Assert.Equal(["A first", "First post"], (await client.ReadFeedAsync("/feeds/news.atom")).Titles());
        Assert.Contains("A first", await client.GetStringAsync("/feeds/news/same-slug"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlugOverrideTakingAnotherFilesName_LosesToThatFile()
    {
        _feeds.WriteArticle("news", "z-late.md", "---\ntitle: Z late\ndate: 2024-01-03\nslug: first-post\n---\nZ.\n");
        var (client, report) = await RegenerateAsync();

        Assert.Contains("first-post", report.Errors().About("news/z-late.md").Message(), StringComparison.Ordinal);
        Assert.Equal(["First post"], (await client.ReadFeedAsync("/feeds/news.atom")).Titles());
    }

    [Fact]
    public async Task TwoArticlesWithOneId_FirstFileByNameIsPublishedTheOtherReported()
    {
        const string id = "tag:example.org,2024:same";
        _feeds.WriteArticle("news", "c-one.md", $"---\ntitle: C one\ndate: 2024-01-03\nid: {id}\n---\nC.\n");
        _feeds.WriteArticle("news", "d-two.md", $"---\ntitle: D two\ndate: 2024-01-04\nid: {id}\n---\nD.\n");
        var (client, report) = await RegenerateAsync();

        Assert.Contains(id, report.Errors().About("news/d-two.md").Message(), StringComparison.Ordinal);
        var feed = await client.ReadFeedAsync("/feeds/news.atom");
        Assert.Equal(["C one", "First post"], feed.Titles());
        Assert.Single(feed.Items, i => i.Id == id);
    }

    [Fact]
    public async Task OneIdInTwoFeeds_TheFeedThatClaimedItFirstKeepsItTheLaterIsReported()
    {
        const string id = "tag:example.org,2024:shared";
        _feeds.WriteArticle("news", "c-one.md", $"---\ntitle: C one\ndate: 2024-01-03\nid: {id}\n---\nC.\n");
        _feeds.AddFeed("zeta", "Zeta");
        _feeds.WriteArticle("zeta", "z-one.md", $"---\ntitle: Z one\ndate: 2024-01-04\nid: {id}\n---\nZ.\n");
        _feeds.WriteArticle("zeta", "z-two.md", TempFeeds.Article("Z two", "2024-01-05"));
        var (client, _) = await RegenerateAsync();

        var error = (await client.StatusAsync()).Feed("zeta").Errors().About("zeta/z-one.md");
        Assert.Contains(id, error.Message(), StringComparison.Ordinal);
        Assert.Contains("news/c-one.md", error.Message(), StringComparison.Ordinal);
        Assert.Single((await client.ReadFeedAsync("/feeds/news.atom")).Items, i => i.Id == id);
        Assert.Equal(["Z two"], (await client.ReadFeedAsync("/feeds/zeta.atom")).Titles());
    }

    [Fact]
    public async Task IdTakenFromAnotherFeedsMadeUpId_IsReportedAndLeftOut()
    {
        var (client, _) = await RegenerateAsync();
        var taken = Assert.Single((await client.ReadFeedAsync("/feeds/news.atom")).Items).Id;
        _feeds.AddFeed("zeta", "Zeta");
        _feeds.WriteArticle("zeta", "copy.md", $"---\ntitle: Copy\ndate: 2024-01-04\nid: {taken}\n---\nCopy.\n");
        _feeds.WriteArticle("zeta", "own.md", TempFeeds.Article("Own", "2024-01-05"));

        var zeta = (await client.RegenerateAsync()).Feed("zeta");

        Assert.Contains(taken, zeta.Errors().About("zeta/copy.md").Message(), StringComparison.Ordinal);
        Assert.Equal(["Own"], (await client.ReadFeedAsync("/feeds/zeta.atom")).Titles());
        Assert.Equal(["First post"], (await client.ReadFeedAsync("/feeds/news.atom")).Titles());
    }

    [Fact]
    public async Task FeedFolderWhoseNameIsNotASlug_IsReportedAndOtherFeedsStillPublish()
    {
        _feeds.AddFeed("Bad Name", "Bad");
        _feeds.WriteArticle("Bad Name", "post.md", TempFeeds.Article("In a bad folder", "2024-01-03"));
        var (client, _) = await RegenerateAsync();
        var report = await client.RegenerateAsync();

        var bad = report.Feed("Bad Name");
        Assert.False(bad.GetProperty("succeeded").GetBoolean());
        var error = bad.Errors().About("Bad Name/feed.yaml");
        Assert.Contains("not a slug", error.Message(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.Hint()));
        Assert.True(report.Feed("news").GetProperty("succeeded").GetBoolean());
        Assert.Equal(["First post"], (await client.ReadFeedAsync("/feeds/news.atom")).Titles());
        Assert.Contains("not a slug", (await client.StatusAsync()).Feed("Bad Name").Errors().About("Bad Name/feed.yaml").Message(), StringComparison.Ordinal);
    }

    /// <summary>Starts the service on the feeds as they are now; its client and the report of one run for "news".</summary>
    private async Task<(HttpClient Client, JsonElement Report)> RegenerateAsync()
    {
        _factory = new ServiceFactory(_feeds);
        _client = _factory.CreateClient();
        return (_client, (await _client.RegenerateAsync()).Feed("news"));
    }

    public void Dispose()
    {
        _client?.Dispose();
        _factory?.Dispose();
        _feeds.Dispose();
    }
}
