using System.Net;
using Syndication.Reliability.Tests.Support;

namespace Syndication.Reliability.Tests;

public sealed class AdminListenerTests : IDisposable
{
    private readonly TempFeeds _content = new();
    private readonly ServiceProcess _service;
    private readonly Uri _adminUrl;
    private readonly int _publicPort;
    private readonly int _adminPort;

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

        (_publicPort, _adminPort) = (publicPort, adminPort);
        _adminUrl = new Uri($"http://127.0.0.1:{adminPort}/");
        _service = ServiceProcess.Start(_content, new Dictionary<string, string>
        {
            ["Syndication:AdminUrl"] = $"http://127.0.0.1:{adminPort}",
            // These tests send many wrong tokens on purpose; the limit has its own tests.
            ["Syndication:AdminFailuresPerMinute"] = "1000",
        }, publicPort);
    }

    private static readonly (HttpMethod Method, string Path)[] AdminRoutes =
        [(HttpMethod.Get, "/admin/status"), (HttpMethod.Post, "/admin/regenerate"), (HttpMethod.Post, "/admin/feeds/news/regenerate")];

    /// <summary>Admin paths with a method they do not take: on the admin port a 405, which must not betray them on the public one.</summary>
    private static readonly (HttpMethod Method, string Path)[] WrongMethods =
        [(HttpMethod.Post, "/admin/status"), (HttpMethod.Get, "/admin/regenerate"), (HttpMethod.Delete, "/admin/feeds/news/regenerate"), (HttpMethod.Put, "/ADMIN/STATUS")];

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
    public async Task OpenApiDocument_AnswersOnTheAdminPortOnly_WithoutAToken()
    {
        await _service.WaitUntilServingAsync("/feeds/news.atom", TimeSpan.FromSeconds(30));
        using var client = _service.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, await AdminRequests.StatusCodeAsync(client, HttpMethod.Get, "/openapi/v1.json", token: null));
        using var admin = new HttpClient { BaseAddress = _adminUrl, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await admin.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty("/admin/status", out _));
    }

    /// <summary>Host headers a client may write: the admin port under every name, the public port, nonsense and none at all.</summary>
    private IEnumerable<string?> ForgedHosts() =>
    [
        $"127.0.0.1:{_adminPort}", $"evil:{_adminPort}", $"localhost:{_adminPort}", $"[::1]:{_adminPort}", $"0.0.0.0:{_adminPort}",
        $"127.0.0.1:{_publicPort}", $"evil:{_publicPort}", "evil", "127.0.0.1", "[::1]", "x:1", "", null,
    ];

    [Fact]
    public async Task AdminRoutes_Answer404OnThePublicPortWhateverTheHostHeaderSays()
    {
        await _service.WaitUntilServingAsync("/feeds/news.atom", TimeSpan.FromSeconds(30));
        var answers = new List<string>();
        foreach (var host in ForgedHosts())
        {
            foreach (var (method, path) in AdminRoutes.Concat(WrongMethods))
            {
                foreach (var token in new[] { ServiceCommand.AdminToken, "wrong", null })
                {
                    var response = await RawHttp.SendAsync(_publicPort, AdminRequest(method, path, host, token));
                    answers.Add($"{response.Status} {method} {path} Host={host ?? "(none)"} token={token ?? "(none)"}");
                }
            }
        }

        // No Host header at all is a 400 from Kestrel before routing (HTTP/1.1 requires one); everything else is 404.
        Assert.All(answers, a => Assert.Matches(a.Contains("Host=(none)", StringComparison.Ordinal) ? "^400 " : "^404 ", a));
    }

    [Fact]
    public async Task AdminRoutes_WorkOnTheAdminPortWhateverTheHostHeaderSays()
    {
        await _service.WaitUntilServingAsync("/feeds/news.atom", TimeSpan.FromSeconds(30));
        foreach (var host in ForgedHosts().Where(h => h is not null))
        {
            var status = await RawHttp.SendAsync(_adminPort, AdminRequest(HttpMethod.Get, "/admin/status", host, ServiceCommand.AdminToken));
            Assert.True(status.Status == 200, $"GET /admin/status with Host '{host}' on the admin port: {status.StatusLine}");
            Assert.Contains("\"news\"", status.Body, StringComparison.Ordinal);
            var wrong = await RawHttp.SendAsync(_adminPort, AdminRequest(HttpMethod.Get, "/admin/status", host, "wrong"));
            Assert.True(wrong.Status == 401, $"a wrong token with Host '{host}' on the admin port: {wrong.StatusLine}");
        }

        var regenerate = await RawHttp.SendAsync(_adminPort, AdminRequest(HttpMethod.Post, "/admin/feeds/news/regenerate", $"evil:{_publicPort}", ServiceCommand.AdminToken));
        Assert.Equal(200, regenerate.Status);
    }

    private static string AdminRequest(HttpMethod method, string path, string? host, string? token) =>
        $"{method} {path} HTTP/1.1\r\n" + (host is null ? "" : $"Host: {host}\r\n") + (token is null ? "" : $"Authorization: Bearer {token}\r\n")
        + "Content-Length: 0\r\nConnection: close\r\n\r\n";

    [Fact]
    public async Task PublicRoutes_StillWorkOnThePublicPort()
    {
        // JSON is written last of the three formats, so the RSS document is there too.
        await _service.WaitUntilServingAsync("/feeds/news.json", TimeSpan.FromSeconds(30));
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
