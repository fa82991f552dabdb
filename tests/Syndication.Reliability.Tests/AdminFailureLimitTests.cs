using System.Net;
using Syndication.Reliability.Tests.Support;

namespace Syndication.Reliability.Tests;

public sealed class AdminFailureLimitTests : IDisposable
{
    private const string Status = "/admin/status";
    private readonly TempFeeds _content = new();
    private readonly ServiceProcess _service;

    public AdminFailureLimitTests()
    {
        _content.AddFeed("news", "News");
        _content.WriteArticles("news", 1);
        _service = ServiceProcess.Start(_content, new Dictionary<string, string> { ["Syndication:AdminFailuresPerMinute"] = "5" });
    }

    [Fact]
    public async Task WrongTokensBeyondTheLimit_Answer429WithRetryAfter_WhileTheRightTokenKeepsGetting200()
    {
        await _service.WaitUntilServingAsync("/healthz", TimeSpan.FromSeconds(30));
        using var client = _service.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await AdminRequests.StatusCodeAsync(client, HttpMethod.Get, Status, $"guess-{i}"));
        }

        using var blocked = await AdminRequests.SendAsync(client, HttpMethod.Get, Status, "guess-5");
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        var retryAfter = blocked.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.DoesNotContain("   at ", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // An attacker who keeps failing never locks the operator out: every right token in between is served.
        for (var i = 0; i < 30; i++)
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, await AdminRequests.StatusCodeAsync(client, HttpMethod.Get, Status, $"more-{i}"));
            Assert.Equal(HttpStatusCode.TooManyRequests, await AdminRequests.StatusCodeAsync(client, HttpMethod.Post, "/admin/regenerate", token: null));
            Assert.Equal(HttpStatusCode.OK, await AdminRequests.StatusCodeAsync(client, HttpMethod.Get, Status, ServiceCommand.AdminToken));
        }

        Assert.Equal(HttpStatusCode.OK, await AdminRequests.StatusCodeAsync(client, HttpMethod.Post, "/admin/regenerate", ServiceCommand.AdminToken));
        Assert.Equal(HttpStatusCode.OK, await AdminRequests.StatusCodeAsync(client, HttpMethod.Post, "/admin/feeds/news/regenerate", ServiceCommand.AdminToken));
    }

    [Fact]
    public async Task BlockedClient_DoesNotBlockAnotherAddressOrThePublicRoutes()
    {
        await _service.WaitUntilServingAsync("/feeds/news.atom", TimeSpan.FromSeconds(30));
        using var client = _service.CreateClient();
        for (var i = 0; i < 6; i++)
        {
            await AdminRequests.StatusCodeAsync(client, HttpMethod.Get, Status, $"guess-{i}");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await AdminRequests.StatusCodeAsync(client, HttpMethod.Get, Status, "guess-6"));
        using var other = AdminRequests.ClientFrom(IPAddress.Parse("127.0.0.2"), _service.BaseAddress);
        Assert.Equal(HttpStatusCode.Unauthorized, await AdminRequests.StatusCodeAsync(other, HttpMethod.Get, Status, "guess-from-elsewhere"));
        Assert.Equal(HttpStatusCode.OK, await AdminRequests.StatusCodeAsync(other, HttpMethod.Get, Status, ServiceCommand.AdminToken));
        using var feed = await client.GetAsync("/feeds/news.atom");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
    }

    [Fact]
    public async Task RightTokens_DoNotCountTowardsTheLimit()
    {
        await _service.WaitUntilServingAsync("/healthz", TimeSpan.FromSeconds(30));
        using var client = _service.CreateClient();
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await AdminRequests.StatusCodeAsync(client, HttpMethod.Get, Status, ServiceCommand.AdminToken));
        }

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await AdminRequests.StatusCodeAsync(client, HttpMethod.Get, Status, $"guess-{i}"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await AdminRequests.StatusCodeAsync(client, HttpMethod.Get, Status, "guess-5"));
    }

    public void Dispose()
    {
        _service.Dispose();
        _content.Dispose();
    }
}
