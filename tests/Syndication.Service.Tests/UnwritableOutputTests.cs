using System.Net;
using System.Text.Json;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>
/// The output folder stops being writable mid-life (a full or read-only disk). Tests run as root, where permissions do
/// not stop writes, so the folder is swapped for a regular file of the same name: every write under it then fails.
/// </summary>
public sealed class UnwritableOutputTests : IDisposable
{
    private const string WriteError = "could not be written";
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();
    private readonly ServiceFactory _factory;
    private readonly HttpClient _client;

    public UnwritableOutputTests()
    {
        _factory = new ServiceFactory(_feeds);
        _client = _factory.CreateClient();
    }

    private string MovedOutput => _feeds.OutputPath + "-moved";

    [Theory]
    [InlineData("an article changed")]
    [InlineData("the feed's title changed")]
    public async Task Regenerate_ReportsTheFeedsErrorAndKeepsServingThePreviousDocuments(string change)
    {
        var before = await DocumentsAsync();
        BreakOutput();
        Change(change);

        var report = (await _client.RegenerateAsync()).Feed("news");
        Assert.False(report.GetProperty("succeeded").GetBoolean());
        Assert.Contains(WriteError, Assert.Single(report.Errors()).Message(), StringComparison.Ordinal);
        Assert.Equal(before, await DocumentsAsync());
        Assert.Equal(["First post"], (await _client.ReadFeedAsync("/feeds/news.atom")).Titles());
    }

    [Fact]
    public async Task Readyz_IsDegradedWithTheErrorWhileServingTheLastGoodDocuments()
    {
        // Not just the Atom document: the start-up run would go on writing RSS and JSON into the broken folder, and a feed
        // whose formats were never all published is not ready at all (503), not degraded.
        await _client.WaitForFirstRunAsync();
        BreakOutput();
        Change("an article changed");
        await _client.RegenerateAsync();

        using var response = await _client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Degraded", json.RootElement.GetProperty("status").GetString());
        var documents = json.RootElement.GetProperty("checks").GetProperty("documents");
        Assert.Equal("Degraded", documents.GetProperty("status").GetString());
        Assert.Contains("news", documents.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(_feeds.Root, documents.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains(WriteError, Assert.Single((await _client.StatusAsync()).Feed("news").Errors()).Message(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutputWritableAgain_NextRunPublishesAndReadyzIsHealthy()
    {
        var before = await DocumentsAsync();
        BreakOutput();
        Change("an article changed");
        await _client.RegenerateAsync();
        RepairOutput();

        Assert.True((await _client.RegenerateAsync()).Feed("news").GetProperty("succeeded").GetBoolean());
        Assert.NotEqual(before, await DocumentsAsync());
        Assert.Equal(["First post, edited"], (await _client.ReadFeedAsync("/feeds/news.atom")).Titles());
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/readyz"));
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
    }

    /// <summary>The ETag and bytes of each feed document, once they are published.</summary>
    private async Task<string[]> DocumentsAsync()
    {
        var documents = new List<string>();
        foreach (var path in (string[])["/feeds/news.atom", "/feeds/news.rss", "/feeds/news.json", "/feeds/news/first-post", "/"])
        {
            using var response = await _client.WaitForAsync(path);
            documents.Add($"{path} {response.Headers.ETag} {Convert.ToHexString(await response.Content.ReadAsByteArrayAsync())}");
        }

        return [.. documents];
    }

    private void Change(string change)
    {
        if (change == "an article changed")
        {
            _feeds.WriteArticle("news", "first-post.md", TempFeeds.Article("First post, edited", "2024-01-02"));
        }
        else
        {
            _feeds.AddFeed("news", "Renamed news");
        }
    }

    private void BreakOutput()
    {
        Directory.Move(_feeds.OutputPath, MovedOutput);
        File.WriteAllText(_feeds.OutputPath, "not a folder");
    }

    private void RepairOutput()
    {
        File.Delete(_feeds.OutputPath);
        Directory.Move(MovedOutput, _feeds.OutputPath);
    }

    public void Dispose()
    {
        if (Directory.Exists(MovedOutput))
        {
            RepairOutput();
        }

        _client.Dispose();
        _factory.Dispose();
        _feeds.Dispose();
    }
}
