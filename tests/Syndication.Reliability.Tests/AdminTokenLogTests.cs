using System.Net;
using System.Text.RegularExpressions;
using Syndication.Reliability.Tests.Support;

namespace Syndication.Reliability.Tests;

public sealed partial class AdminTokenLogTests : IDisposable
{
    private readonly TempFeeds _content = new();

    public AdminTokenLogTests()
    {
        _content.AddFeed("news", "News");
        _content.WriteArticles("news", 2);
        // An article with an error, so the run logs problems too.
        _content.WriteArticle("news", "broken.md", "---\ntitle: [never closed\n---\nBody\n");
    }

    [Fact]
    public async Task ConfiguredToken_NeverAppearsInTheLog()
    {
        var token = "configured-" + Guid.NewGuid().ToString("N");
        var log = await RunAndStopAsync(token, async (client, _) =>
        {
            Assert.Equal(HttpStatusCode.OK, await AdminRequests.StatusCodeAsync(client, HttpMethod.Post, "/admin/regenerate", token));
            Assert.Equal(HttpStatusCode.OK, await AdminRequests.StatusCodeAsync(client, HttpMethod.Get, "/admin/status", token));
            Assert.Equal(HttpStatusCode.Unauthorized, await AdminRequests.StatusCodeAsync(client, HttpMethod.Get, "/admin/status", token[..^1]));
        });
        Assert.Contains("Feed news regenerated", log, StringComparison.Ordinal);
        Assert.Contains("broken.md", log, StringComparison.Ordinal);
        Assert.DoesNotContain(token, log, StringComparison.Ordinal);
        Assert.DoesNotContain(token[..^1], log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GeneratedToken_AppearsExactlyOnceInTheLogAndWorks()
    {
        string? token = null;
        var log = await RunAndStopAsync("", async (client, service) =>
        {
            var match = await Poll.UntilAsync(() => GeneratedToken().Match(service.Output) is { Success: true } m ? m : null, "the generated admin token in the log", TimeSpan.FromSeconds(10));
            token = match.Groups[1].Value;
            Assert.Equal(HttpStatusCode.OK, await AdminRequests.StatusCodeAsync(client, HttpMethod.Post, "/admin/regenerate", token));
            Assert.Equal(HttpStatusCode.OK, await AdminRequests.StatusCodeAsync(client, HttpMethod.Get, "/admin/status", token));
            Assert.Equal(HttpStatusCode.Unauthorized, await AdminRequests.StatusCodeAsync(client, HttpMethod.Get, "/admin/status", ServiceCommand.AdminToken));
        });
        Assert.NotNull(token);
        Assert.True(token.Length >= 24, token);
        Assert.Equal(1, Regex.Count(log, Regex.Escape(token)));
    }

    /// <summary>Runs the service on an every-second schedule, lets <paramref name="use"/> talk to it, stops it with SIGTERM and returns its whole log.</summary>
    private async Task<string> RunAndStopAsync(string adminToken, Func<HttpClient, ServiceProcess, Task> use)
    {
        using var service = ServiceProcess.Start(_content, new Dictionary<string, string>
        {
            ["Syndication:AdminToken"] = adminToken,
            ["Syndication:Schedule"] = ServiceCommand.EverySecond,
        });
        await service.WaitUntilServingAsync("/feeds/news.atom", TimeSpan.FromSeconds(30));
        using (var client = service.CreateClient())
        {
            await use(client, service);
        }

        // A few scheduled runs log after the requests, so anything they might print is captured too.
        await Poll.UntilAsync(() => Regex.Count(service.Output, "Feed news regenerated") >= 4 ? service.Output : null, "four runs in the log", TimeSpan.FromSeconds(15));
        service.Terminate();
        Assert.True(await service.ExitsWithinAsync(TimeSpan.FromSeconds(35)), "the service did not stop after SIGTERM");
        return service.Output;
    }

    [GeneratedRegex(@"this run's admin token is (\S+)")]
    private static partial Regex GeneratedToken();

    public void Dispose() => _content.Dispose();
}
