using System.Text;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

public sealed class SourceFileSafetyTests : IDisposable
{
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();
    private ServiceFactory? _factory;
    private HttpClient? _client;

    [Fact]
    public async Task ArticleOverMaxArticleBytes_IsRefusedWithAnErrorNamingTheLimit()
    {
        _feeds.WriteArticle("news", "too-big.md", TempFeeds.Article("Too big", "2024-01-03", Words(5000)));
        _feeds.WriteArticle("news", "just-fits.md", TempFeeds.Article("Just fits", "2024-01-04", Words(3900)));
        Assert.True(new FileInfo(Path.Combine(_feeds.FeedsPath, "news", "just-fits.md")).Length < 4096);
        var (client, report) = await RegenerateAsync(new Dictionary<string, string?> { ["Syndication:MaxArticleBytes"] = "4096" });

        var error = report.Errors().About("news/too-big.md");
        Assert.Contains("4096", error.Message(), StringComparison.Ordinal);
        Assert.Contains("MaxArticleBytes", error.Message(), StringComparison.Ordinal);
        Assert.Equal(["First post", "Just fits"], (await client.ReadFeedAsync("/feeds/news.atom")).Titles());
    }

    [Fact]
    public async Task SymlinkToAFileOutsideTheFeedsFolder_IsRefusedWithAnError()
    {
        var outside = Path.Combine(_feeds.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.md"), TempFeeds.Article("Secret", "2024-01-03"));
        File.CreateSymbolicLink(Path.Combine(_feeds.FeedsPath, "news", "absolute-link.md"), Path.Combine(outside, "secret.md"));
        File.CreateSymbolicLink(Path.Combine(_feeds.FeedsPath, "news", "relative-link.md"), "../../outside/secret.md");
        var (client, report) = await RegenerateAsync();

        foreach (var link in (string[])["news/absolute-link.md", "news/relative-link.md"])
        {
            Assert.Contains("outside the feeds folder", report.Errors().About(link).Message(), StringComparison.Ordinal);
        }

        Assert.Equal(["First post"], (await client.ReadFeedAsync("/feeds/news.atom")).Titles());
    }

    [Fact]
    public async Task SymlinkToAFileInsideTheFeedsFolder_Publishes()
    {
        _feeds.WriteArticle("shared", "piece.md", TempFeeds.Article("Shared piece", "2024-01-03"));
        File.CreateSymbolicLink(Path.Combine(_feeds.FeedsPath, "news", "shared-piece.md"), "../shared/piece.md");
        var (client, report) = await RegenerateAsync();

        Assert.Empty(report.Errors());
        Assert.Equal(["First post", "Shared piece"], (await client.ReadFeedAsync("/feeds/news.atom")).Titles());
    }

    [Fact]
    public async Task Latin1Article_PublishesWithAWarning()
    {
        File.WriteAllBytes(Path.Combine(_feeds.FeedsPath, "news", "latin.md"),
            Encoding.Latin1.GetBytes(TempFeeds.Article("Café crème", "2024-01-03", "Déjà vu, naïve façade.")));
        var (client, report) = await RegenerateAsync();

        var warning = report.Warnings().About("news/latin.md");
        Assert.Contains("not valid UTF-8", warning.Message(), StringComparison.Ordinal);
        Assert.Contains("Latin-1", warning.Message(), StringComparison.Ordinal);
        Assert.Equal(2, warning.Line());
        Assert.Empty(report.Errors());
        Assert.Equal(["Café crème", "First post"], (await client.ReadFeedAsync("/feeds/news.atom")).Titles());
        Assert.Contains("Déjà vu, naïve façade.", await client.GetStringAsync("/feeds/news/latin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyFile_IsSkippedAndReportedAtLine1()
    {
        _feeds.WriteArticle("news", "empty.md", "");
        var (client, report) = await RegenerateAsync();

        var error = report.Errors().About("news/empty.md");
        Assert.Contains("front matter", error.Message(), StringComparison.Ordinal);
        Assert.Equal(1, error.Line());
        Assert.Equal(["First post"], (await client.ReadFeedAsync("/feeds/news.atom")).Titles());
    }

    [Fact]
    public async Task FrontMatterOnlyFile_PublishesWithAnEmptyBody()
    {
        _feeds.WriteArticle("news", "only-front-matter.md", "---\ntitle: Only front matter\ndate: 2024-01-03\n---");
        var (client, report) = await RegenerateAsync();

        Assert.Empty(report.Errors());
        Assert.Equal(["First post", "Only front matter"], (await client.ReadFeedAsync("/feeds/news.atom")).Titles());
        Assert.Equal(["First post", "Only front matter"], (await client.ReadFeedAsync("/feeds/news.rss")).Titles());
        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/feeds/news.json"));
        Assert.Equal(2, json.RootElement.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("---\n---\n", 2, "no title")]
    [InlineData("---\ntitle: Never closed\n\nBody.\n", 1, "never closed")]
    public async Task FrontMatterWithoutTitleOrUnclosed_IsSkippedAndReported(string text, int line, string message)
    {
        _feeds.WriteArticle("news", "bad.md", text);
        var (client, report) = await RegenerateAsync();

        var error = report.Errors().About("news/bad.md");
        Assert.Contains(message, error.Message(), StringComparison.Ordinal);
        Assert.Equal(line, error.Line());
        Assert.Equal(["First post"], (await client.ReadFeedAsync("/feeds/news.atom")).Titles());
    }

    private static string Words(int bytes) => string.Concat(Enumerable.Repeat("word ", bytes / 5));

    /// <summary>Starts the service on the feeds as they are now; its client and the report of one run for "news".</summary>
    private async Task<(HttpClient Client, System.Text.Json.JsonElement Report)> RegenerateAsync(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        _factory = new ServiceFactory(_feeds, overrides);
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
