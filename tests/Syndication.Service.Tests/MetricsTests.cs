using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>
/// <c>/metrics</c> of the real service process, read as Prometheus reads it: each metric moves with what the service
/// did between two scrapes (a run, a 200, a 304, a gzip response, an aggregator's poll, a WebSub ping).
/// </summary>
public sealed class MetricsTests : IDisposable
{
    private const string FeedRoute = "/feeds/{feed}.{format}";
    private const string Reader = "MetricsTestReader/1.0";
    private const string Feedly = "Feedly/1.0 (+http://www.feedly.com/fetcher.html; 462 subscribers; )";

    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();

    [Fact]
    public async Task Metrics_MoveWithRunsRequestsCompressionAudienceAndWebSub()
    {
        await using var hub = await FakeHub.StartAsync();
        using var service = ServiceProcess.Start(_feeds, new Dictionary<string, string> { ["Syndication:WebSub:Hubs:0"] = hub.Url });
        await service.WaitUntilServingAsync("/feeds/news.atom", TimeSpan.FromSeconds(60));
        using var client = service.CreateClient();
        await WaitForFirstRunAsync(client);
        // Pings go out in the background: each one the hub received is counted, once its answer is in.
        var before = await Poll.UntilAsync(async () => await ScrapeAsync(client) is var s && !hub.Notifications.IsEmpty && Delivered(s) == hub.Notifications.Count ? s : null,
            "the start-up run's pings in the metrics");
        var pingsBefore = hub.Notifications.Count;

        _feeds.WriteArticle("news", "second-post.md", TempFeeds.Article("Second post", "2024-01-03"));
        Assert.True((await Admin(client, HttpMethod.Post, "/admin/regenerate")).GetProperty("succeeded").GetBoolean());
        using var identity = await GetAsync(client, null, null);
        var etag = identity.Headers.ETag!.Tag;
        using var notModified = await GetAsync(client, null, etag);
        using var gzip = await GetAsync(client, "gzip", null);
        using var gzipNotModified = await GetAsync(client, "gzip", gzip.Headers.ETag!.Tag);
        using var head = await SendAsync(client, new HttpRequestMessage(HttpMethod.Head, "/feeds/news.atom"), "gzip", null, Reader);
        using var aggregator = await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, "/feeds/news.atom"), null, null, Feedly);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.NotModified, HttpStatusCode.OK, HttpStatusCode.NotModified, HttpStatusCode.OK, HttpStatusCode.OK],
            [identity.StatusCode, notModified.StatusCode, gzip.StatusCode, gzipNotModified.StatusCode, head.StatusCode, aggregator.StatusCode]);
        Assert.Equal("gzip", Assert.Single(gzip.Content.Headers.ContentEncoding));
        var saved = (await identity.Content.ReadAsByteArrayAsync()).Length - (await gzip.Content.ReadAsByteArrayAsync()).Length;
        Assert.True(saved > 0);
        var after = await Poll.UntilAsync(async () => await ScrapeAsync(client) is var s && hub.Notifications.Count > pingsBefore && Delivered(s) == hub.Notifications.Count ? s : null,
            "the regenerated feed's pings in the metrics");

        Assert.Equal("counter", after.TypeOf("syndication_runs_total"));
        Assert.Equal(1, Moved(before, after, "syndication_runs_total", ("outcome", "succeeded")));
        Assert.Equal(0, Moved(before, after, "syndication_runs_total", ("outcome", "failed")));
        Assert.Equal("histogram", after.TypeOf("syndication_run_duration_seconds"));
        Assert.Equal(1, Moved(before, after, "syndication_run_duration_seconds_count", ("outcome", "succeeded")));
        Assert.Equal(1, Moved(before, after, "syndication_run_duration_seconds_bucket", ("outcome", "succeeded"), ("le", "+Inf")));
        Assert.Equal(2, after.Only("syndication_feed_entries", ("feed", "news")));
        Assert.Equal(4, Moved(before, after, "http_server_request_duration_seconds_count", ("http_route", FeedRoute), ("http_response_status_code", "200")));
        Assert.Equal(2, Moved(before, after, "http_server_request_duration_seconds_count", ("http_route", FeedRoute), ("http_response_status_code", "304")));
        // Only the gzip body that was sent: not the 304 nor the HEAD.
        Assert.Equal(saved, Moved(before, after, "syndication_compression_saved_bytes_total", ("coding", "gzip")));
        Assert.Equal(0, Moved(before, after, "syndication_websub_pings_total", ("outcome", "failed")));
        Assert.Equal(462, after.Only("syndication_feed_subscribers", ("feed", "news")));
        Assert.Equal(462, after.Only("syndication_subscribers"));
        var audience = (await Admin(client, HttpMethod.Get, "/admin/status")).GetProperty("audience");
        var news = audience.GetProperty("feeds").EnumerateArray().Single(f => f.GetProperty("feed").GetString() == "news");
        Assert.Equal(news.GetProperty("directClients").GetInt32(), after.Only("syndication_feed_direct_clients", ("feed", "news")));
        Assert.Equal(audience.GetProperty("directClients").GetInt32(), after.Only("syndication_direct_clients"));
        Assert.True(after.Only("syndication_direct_clients") >= 1);
    }

    [Fact]
    public async Task Metrics_CountAPingTheHubRefusedAsFailed()
    {
        // 400 is not retried, so the ping fails at once.
        await using var hub = await FakeHub.StartAsync();
        hub.StatusCode = 400;
        using var service = ServiceProcess.Start(_feeds, new Dictionary<string, string> { ["Syndication:WebSub:Hubs:0"] = hub.Url });
        await service.WaitUntilServingAsync("/feeds/news.atom", TimeSpan.FromSeconds(60));
        using var client = service.CreateClient();

        var metrics = await Poll.UntilAsync(async () => await ScrapeAsync(client) is var s && !hub.Notifications.IsEmpty
            && s.Sum("syndication_websub_pings_total", ("outcome", "failed")) == hub.Notifications.Count ? s : null, "the refused pings in the metrics");

        Assert.Equal(0, Delivered(metrics));
    }

    [Fact]
    public async Task Metrics_GiveTheShareOfPollsAnswered304_SinceStart()
    {
        using var service = ServiceProcess.Start(_feeds);
        // Nothing polled before the four polls counted here: the service is ready when its health says so.
        await service.WaitUntilServingAsync("/healthz", TimeSpan.FromSeconds(60));
        using var client = service.CreateClient();
        await WaitForFirstRunAsync(client);

        using var first = await GetAsync(client, null, null);
        var etag = first.Headers.ETag!.Tag;
        for (var i = 0; i < 3; i++)
        {
            using var again = await GetAsync(client, null, etag);
            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        }

        var metrics = await ScrapeAsync(client);
        Assert.Equal("gauge", metrics.TypeOf("syndication_polls_not_modified_ratio"));
        Assert.Equal(0.75, metrics.Only("syndication_polls_not_modified_ratio"));
    }

    [Fact]
    public async Task Metrics_WithoutTheAdminToken_Are401ThenLimited()
    {
        using var service = ServiceProcess.Start(_feeds, new Dictionary<string, string> { ["Syndication:AdminFailuresPerMinute"] = "2" });
        await service.WaitUntilServingAsync("/feeds/news.atom", TimeSpan.FromSeconds(60));
        using var client = service.CreateClient();
        await WaitForFirstRunAsync(client);

        using var anonymous = await client.GetAsync("/metrics");
        using var wrong = await client.SendAsync(Authorized(HttpMethod.Get, "/metrics", "not-the-token"));
        using var oneTooMany = await client.SendAsync(Authorized(HttpMethod.Get, "/metrics", "not-the-token"));
        using var right = await client.SendAsync(Authorized(HttpMethod.Get, "/metrics"));

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.OK],
            [anonymous.StatusCode, wrong.StatusCode, oneTooMany.StatusCode, right.StatusCode]);
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.ToString());
        Assert.DoesNotContain("syndication_", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/plain", right.Content.Headers.ContentType!.MediaType);
        Assert.Contains("# TYPE syndication_runs_total counter", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_WithAnAdminListener_AnswerThereOnly()
    {
        var adminPort = FreePort.Next();
        using var service = ServiceProcess.Start(_feeds, new Dictionary<string, string> { ["Syndication:AdminUrl"] = $"http://127.0.0.1:{adminPort}" });
        await service.WaitUntilServingAsync("/feeds/news.atom", TimeSpan.FromSeconds(60));
        using var client = service.CreateClient();
        using var adminClient = service.CreateClient();
        adminClient.BaseAddress = new Uri($"http://127.0.0.1:{adminPort}/");
        await WaitForFirstRunAsync(adminClient);

        using var onPublic = await client.SendAsync(Authorized(HttpMethod.Get, "/metrics"));
        using var onAdmin = await adminClient.SendAsync(Authorized(HttpMethod.Get, "/metrics"));

        Assert.Equal(HttpStatusCode.NotFound, onPublic.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onAdmin.StatusCode);
        Assert.Equal("counter", PrometheusText.Parse(await onAdmin.Content.ReadAsStringAsync()).TypeOf("syndication_runs_total"));
    }

    public void Dispose() => _feeds.Dispose();

    private static double Moved(PrometheusText before, PrometheusText after, string name, params (string, string)[] labels) =>
        after.Sum(name, labels) - before.Sum(name, labels);

    private static Task WaitForFirstRunAsync(HttpClient client) =>
        Poll.UntilAsync(async () => (await Admin(client, HttpMethod.Get, "/admin/status")).GetProperty("lastRun").ValueKind == JsonValueKind.Object, "the start-up run");

    private static double Delivered(PrometheusText metrics) => metrics.Sum("syndication_websub_pings_total", ("outcome", "delivered"));

    private static async Task<PrometheusText> ScrapeAsync(HttpClient client)
    {
        using var response = await client.SendAsync(Authorized(HttpMethod.Get, "/metrics"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return PrometheusText.Parse(await response.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string? acceptEncoding, string? ifNoneMatch) =>
        SendAsync(client, new HttpRequestMessage(HttpMethod.Get, "/feeds/news.atom"), acceptEncoding, ifNoneMatch, Reader);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request, string? acceptEncoding, string? ifNoneMatch, string userAgent)
    {
        using (request)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
            if (acceptEncoding is not null)
            {
                request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(acceptEncoding));
            }

            if (ifNoneMatch is not null)
            {
                request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(ifNoneMatch));
            }

            var response = await client.SendAsync(request);
            await response.Content.LoadIntoBufferAsync();
            return response;
        }
    }

    private static async Task<JsonElement> Admin(HttpClient client, HttpMethod method, string path)
    {
        using var response = await client.SendAsync(Authorized(method, path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static HttpRequestMessage Authorized(HttpMethod method, string path, string token = ServiceCommand.AdminToken) =>
        new(method, path) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
}
