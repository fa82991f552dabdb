using System.Net;
using System.Text.Json;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

public sealed class HealthTests : IDisposable
{
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();
    private readonly ServiceFactory _factory;

    public HealthTests() => _factory = new ServiceFactory(_feeds);

    [Fact]
    public async Task Healthz_Answers200()
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_WithDocumentsPublished_Answers200HealthyJson()
    {
        using var client = _factory.CreateClient();
        using var response = await client.WaitForAsync("/readyz");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("documents").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readyz_FeedNeverPublished_Answers503NamingTheFeed()
    {
        _feeds.WriteFeedYaml("broken", "title: [never closed\n");
        using var client = _factory.CreateClient();
        (await client.WaitForAsync("/feeds/news.atom")).Dispose();
        Assert.Equal("broken", (await client.RegenerateAsync()).Feed("broken").GetProperty("feed").GetString());
        using var response = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var documents = json.RootElement.GetProperty("checks").GetProperty("documents");
        Assert.Equal("Unhealthy", documents.GetProperty("status").GetString());
        Assert.Contains("broken", documents.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_AnswersFromTheLatestRunWithoutLookingAtTheFeedsFolder()
    {
        using var client = _factory.CreateClient();
        await client.WaitForFirstRunAsync();
        _feeds.AddFeed("late", "Late");

        // A new folder counts from the next run on; asking again and again must not list the folders each time.
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await client.RegenerateAsync();
        using var after = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.DoesNotContain(_feeds.Root, await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_TheWholeRunFailing_IsDegradedWithoutAnyPath()
    {
        using var client = _factory.CreateClient();
        await client.WaitForFirstRunAsync();
        Directory.Move(_feeds.FeedsPath, _feeds.FeedsPath + "-gone");
        File.WriteAllText(_feeds.FeedsPath, "not a folder");

        var report = await client.RegenerateAsync();

        Assert.False(report.GetProperty("succeeded").GetBoolean());
        Assert.NotEmpty(report.GetProperty("errors").EnumerateArray());
        using var response = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Degraded", body, StringComparison.Ordinal);
        Assert.DoesNotContain(_feeds.Root, body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/feeds/news.atom")).StatusCode);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _feeds.Dispose();
    }
}
