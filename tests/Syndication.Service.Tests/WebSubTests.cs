using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>WebSub publishing against a real hub on a loopback port.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xUnit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class WebSubTests : IAsyncLifetime
{
    // The feed and the combined feed of every feed, each in three formats (the test articles carry no tags).
    private static readonly string[] Topics = [
        "http://feeds.test/feed.atom", "http://feeds.test/feed.json", "http://feeds.test/feed.rss",
        "http://feeds.test/feeds/news.atom", "http://feeds.test/feeds/news.json", "http://feeds.test/feeds/news.rss"];
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();
    private FakeHub _hub = null!;
    private ServiceFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _hub = await FakeHub.StartAsync();
        _factory = new ServiceFactory(_feeds, new Dictionary<string, string?> { ["Syndication:WebSub:Hubs:0"] = _hub.Url });
        _client = _factory.CreateClient();
    }

    private async Task WaitForNotificationsAsync(int count) =>
        await Poll.UntilAsync(() => Task.FromResult(_hub.Notifications.Count >= count), $"{count} hub notifications");

    [Fact]
    public async Task StartUpRun_NotifiesTheHubOncePerTopic()
    {
        await WaitForNotificationsAsync(Topics.Length);
        await Task.Delay(1000);
        Assert.Equal(Topics, _hub.Notifications.Select(n => n.Topic).Order(StringComparer.Ordinal));
        Assert.All(_hub.Notifications, n => Assert.Equal("publish", n.Mode));
    }

    [Fact]
    public async Task RunWithoutChanges_NotifiesNothingAndAChangeNotifiesEachTopicOnce()
    {
        await WaitForNotificationsAsync(Topics.Length);
        await _client.RegenerateAsync();
        await Task.Delay(1000);
        Assert.Equal(Topics.Length, _hub.Notifications.Count);

        _feeds.WriteArticle("news", "second.md", TempFeeds.Article("Second", "2024-02-02"));
        await _client.RegenerateAsync();
        await WaitForNotificationsAsync(2 * Topics.Length);
        await Task.Delay(1000);
        Assert.Equal(Topics, _hub.Notifications.Skip(Topics.Length).Select(n => n.Topic).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Documents_AdvertiseTheHubInHeadersAndBodies()
    {
        await _client.WaitForFirstRunAsync();
        using var atom = await _client.WaitForAsync("/feeds/news.atom");
        var links = atom.Headers.GetValues("Link").ToList();
        Assert.Contains($"<{_hub.Url}>; rel=\"hub\"", links);
        Assert.Contains("<http://feeds.test/feeds/news.atom>; rel=\"self\"", links);
        var atomXml = XDocument.Parse(await atom.Content.ReadAsStringAsync());
        Assert.Contains(atomXml.Descendants(XName.Get("link", "http://www.w3.org/2005/Atom")), l => (string?)l.Attribute("rel") == "hub" && (string?)l.Attribute("href") == _hub.Url);
        var rss = XDocument.Parse(await _client.GetStringAsync("/feeds/news.rss"));
        Assert.Contains(rss.Descendants(XName.Get("link", "http://www.w3.org/2005/Atom")), l => (string?)l.Attribute("rel") == "hub");
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/feeds/news.json"));
        Assert.Equal(_hub.Url, json.RootElement.GetProperty("hubs")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task HubAnswering500_NeverFailsOrDelaysARunAndShowsInStatus()
    {
        // The retries' backoff runs on the service's TimeProvider: a fake one lets the test move time instead of waiting ~15 s.
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero));
        using var feeds = TempFeeds.WithNewsFeed();
        await using var hub = await FakeHub.StartAsync();
        using var factory = new ServiceFactory(
            feeds, new Dictionary<string, string?> { ["Syndication:WebSub:Hubs:0"] = hub.Url }, services => services.AddSingleton<TimeProvider>(time));
        using var client = factory.CreateClient();
        await Poll.UntilAsync(() => Task.FromResult(hub.Notifications.Count >= Topics.Length), "the start-up run's hub notifications");
        hub.StatusCode = 500;
        feeds.WriteArticle("news", "second.md", TempFeeds.Article("Second", "2024-02-02"));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var report = await client.RegenerateAsync();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the run took {clock.Elapsed}");
        Assert.True(report.Feed("news").GetProperty("succeeded").GetBoolean());
        await Poll.UntilAsync(() => Task.FromResult(hub.Notifications.Count > Topics.Length), "the first failing notification");

        // Four retries with exponential backoff from one second: a notification counts as failed after about 15 s.
        async Task<JsonElement> HubStatusAsync() => Assert.Single((await client.StatusAsync()).GetProperty("webSub").EnumerateArray());
        await RetryClock.AdvanceUntilAsync(
            time, () => hub.Requests.Count, async () => (await HubStatusAsync()).GetProperty("failed").GetInt64() > 0, "a failed delivery in /admin/status");
        Assert.True(hub.Notifications.Count > Topics.Length + 1, "the hub was never retried");
        var status = await HubStatusAsync();
        Assert.Equal(hub.Url, status.GetProperty("hub").GetString());
        Assert.Equal(Topics.Length, status.GetProperty("delivered").GetInt64());
        Assert.Contains("500", status.GetProperty("lastError").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableHub_NeverFailsARun()
    {
        await using var gone = await FakeHub.StartAsync();
        var url = gone.Url;
        await gone.DisposeAsync();
        using var factory = new ServiceFactory(_feeds, new Dictionary<string, string?> { ["Syndication:WebSub:Hubs:0"] = url });
        using var client = factory.CreateClient();

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var report = await client.RegenerateAsync();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the run took {clock.Elapsed}");
        Assert.True(report.Feed("news").GetProperty("succeeded").GetBoolean());
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _hub.DisposeAsync();
        _feeds.Dispose();
    }
}
