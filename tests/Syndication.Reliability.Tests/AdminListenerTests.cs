using System.Net;
using Syndication.Reliability.Tests.Support;

namespace Syndication.Reliability.Tests;

public sealed class AdminListenerTests : IDisposable
{
    private readonly ContentFolder _content = new();
    private readonly ServiceProcess _service;
    private readonly Uri _adminUrl;

    public AdminListenerTests()
    {
        _content.AddFeed("news", "News");
        _content.WriteArticles("news", 1);
        var publicPort = FreePort.Next();
        var adminPort = FreePort.Next();
        while (adminPort == publicPort)
        {
            adminPort = FreePort.Next();
        }

        _adminUrl = new Uri($"http://127.0.0.1:{adminPort}/");
        _service = ServiceProcess.Start(_content, new Dictionary<string, string> { ["Syndication:AdminUrl"] = $"http://127.0.0.1:{adminPort}" }, publicPort);
    }

    private static readonly (HttpMethod Method, string Path)[] AdminRoutes =
        [(HttpMethod.Get, "/admin/status"), (HttpMethod.Post, "/admin/regenerate"), (HttpMethod.Post, "/admin/feeds/news/regenerate")];

    [Fact]
    public async Task AdminRoutes_Answer404OnThePublicPortEvenWithTheRightToken()
    {
        await _service.WaitUntilServingAsync("/feeds/news.atom", TimeSpan.FromSeconds(30));
        using var client = _service.CreateClient();
        foreach (var (method, path) in AdminRoutes)
        {
            Assert.Equal(HttpStatusCode.NotFound, await AdminRequests.StatusCodeAsync(client, method, path, ServiceCommand.AdminToken));
            Assert.Equal(HttpStatusCode.NotFound, await AdminRequests.StatusCodeAsync(client, method, path, token: null));
        }
    }

    [Fact]
    public async Task AdminRoutes_WorkOnTheAdminPortWithTheToken()
    {
        await _service.WaitUntilServingAsync("/feeds/news.atom", TimeSpan.FromSeconds(30));
        using var admin = new HttpClient { BaseAddress = _adminUrl, Timeout = TimeSpan.FromSeconds(30) };
        foreach (var (method, path) in AdminRoutes)
        {
            using var response = await AdminRequests.SendAsync(admin, method, path, ServiceCommand.AdminToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("\"news\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Unauthorized, await AdminRequests.StatusCodeAsync(admin, method, path, "wrong"));
        }
    }

    [Fact]
    public async Task PublicRoutes_StillWorkOnThePublicPort()
    {
        await _service.WaitUntilServingAsync("/feeds/news.atom", TimeSpan.FromSeconds(30));
        using var client = _service.CreateClient();
        using var response = await client.GetAsync("/feeds/news.rss");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose()
    {
        _service.Dispose();
        _content.Dispose();
    }
}
