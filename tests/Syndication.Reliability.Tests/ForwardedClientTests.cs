using System.Net;
using Syndication.Reliability.Tests.Support;

namespace Syndication.Reliability.Tests;

/// <summary>Behind a reverse proxy the wrong-token limit must see the real client, and only a trusted proxy may name it.</summary>
public sealed class ForwardedClientTests : IDisposable
{
    private const string Status = "/admin/status";
    private const int Limit = 3;
    private static readonly IPAddress Proxy = IPAddress.Parse("127.0.0.2");
    private readonly TempFeeds _content = new();
    private readonly ServiceProcess _service;

    public ForwardedClientTests()
    {
        _content.AddFeed("news", "News");
        _content.WriteArticles("news", 1);
        _service = ServiceProcess.Start(_content, new Dictionary<string, string>
        {
            ["Syndication:AdminFailuresPerMinute"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Syndication:TrustedProxies:0"] = "127.0.0.2",
            ["Syndication:TrustedProxies:1"] = "192.0.2.0/24",
        });
    }

    [Fact]
    public async Task ForwardedFor_FromAnUntrustedAddress_IsIgnored()
    {
        await _service.WaitUntilServingAsync("/healthz", TimeSpan.FromSeconds(30));
        using var client = _service.CreateClient();
        // Were the header believed, each request would be a new client and none would be limited.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Limit + 3; i++)
        {
            statuses.Add(await AdminRequests.StatusCodeAsync(client, HttpMethod.Get, Status, "wrong", forwardedFor: $"203.0.113.{i + 1}"));
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, Limit), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 3)], statuses);
        Assert.Equal(HttpStatusCode.OK, await AdminRequests.StatusCodeAsync(client, HttpMethod.Get, Status, ServiceCommand.AdminToken, forwardedFor: "203.0.113.50"));
    }

    [Fact]
    public async Task ForwardedFor_FromATrustedProxy_LimitsEachRealClientOnItsOwn()
    {
        await _service.WaitUntilServingAsync("/healthz", TimeSpan.FromSeconds(30));
        using var proxy = AdminRequests.ClientFrom(Proxy, _service.BaseAddress);
        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await AdminRequests.StatusCodeAsync(proxy, HttpMethod.Get, Status, "wrong", forwardedFor: "203.0.113.7"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await AdminRequests.StatusCodeAsync(proxy, HttpMethod.Get, Status, "wrong", forwardedFor: "203.0.113.7"));
        // Everyone else behind the same proxy is untouched, and so is the operator's right token from the blocked client.
        Assert.Equal(HttpStatusCode.Unauthorized, await AdminRequests.StatusCodeAsync(proxy, HttpMethod.Get, Status, "wrong", forwardedFor: "203.0.113.8"));
        Assert.Equal(HttpStatusCode.OK, await AdminRequests.StatusCodeAsync(proxy, HttpMethod.Get, Status, ServiceCommand.AdminToken, forwardedFor: "203.0.113.7"));
    }

    [Fact]
    public async Task ForwardedFor_EntriesTheClientWroteBeforeTheProxyAppendedItsOwn_AreIgnored()
    {
        await _service.WaitUntilServingAsync("/healthz", TimeSpan.FromSeconds(30));
        using var proxy = AdminRequests.ClientFrom(Proxy, _service.BaseAddress);
        // The proxy appends the address it saw (203.0.113.9); what stands left of it is the client's own invention.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Limit + 2; i++)
        {
            statuses.Add(await AdminRequests.StatusCodeAsync(proxy, HttpMethod.Get, Status, "wrong", forwardedFor: $"198.51.100.{i + 1}, 203.0.113.9"));
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, Limit), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 2)], statuses);
    }

    public void Dispose()
    {
        _service.Dispose();
        _content.Dispose();
    }
}
