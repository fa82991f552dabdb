using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>A hub configured with user-info and a query secret: the hub gets them, nobody else ever sees them.</summary>
public sealed class HubCredentialsTests : IDisposable
{
    private const string User = "hub-user-7f3";
    private const string Password = "pa55-s3cret-userinfo";
    private const string QuerySecret = "s3cret-query-token";
    private static readonly string[] Secrets = [User, Password, QuerySecret, Uri.EscapeDataString(Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")))];
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();

    [Fact]
    public async Task HubCredentials_ReachTheHub_ButNoDocumentHeaderStatusOrLogLine()
    {
        await using var hub = await FakeHub.StartAsync();
        var port = FreePort.Next();
        var configured = hub.Url.Replace("http://", $"http://{User}:{Password}@", StringComparison.Ordinal) + $"?token={QuerySecret}";
        using var service = ServiceProcess.Start(AppContext.BaseDirectory, new Dictionary<string, string>
        {
            ["Syndication__FeedsPath"] = _feeds.FeedsPath,
            ["Syndication__OutputPath"] = _feeds.OutputPath,
            ["Syndication__PublicBaseUrl"] = "http://feeds.test/",
            ["Syndication__Schedule"] = ServiceCommand.NeverSchedule,
            ["Syndication__AdminToken"] = ServiceFactory.AdminToken,
            ["Syndication__WebSub__Hubs__0"] = configured,
        }, "--urls", $"http://127.0.0.1:{port}");
        await Poll.UntilAsync(() => Task.FromResult(hub.Notifications.Count >= 3), "three hub notifications", TimeSpan.FromSeconds(30));

        var expectedAuthorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}"))).ToString();
        Assert.All(hub.Requests, r => Assert.Equal((expectedAuthorization, $"?token={QuerySecret}"), r));

        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
        var seen = new StringBuilder();
        foreach (var format in new[] { "atom", "rss", "json" })
        {
            using var response = await client.GetAsync($"/feeds/news.{format}");
            response.EnsureSuccessStatusCode();
            Assert.Contains($"<{hub.Url}>; rel=\"hub\"", response.Headers.GetValues("Link"));
            seen.Append(response.Headers).Append(await response.Content.ReadAsStringAsync());
        }

        var atom = XDocument.Parse(await client.GetStringAsync("/feeds/news.atom"));
        Assert.Contains(atom.Descendants(XName.Get("link", "http://www.w3.org/2005/Atom")), l => (string?)l.Attribute("rel") == "hub" && (string?)l.Attribute("href") == hub.Url);
        using var status = AdminClient.Request(HttpMethod.Get, "/admin/status");
        using var statusResponse = await client.SendAsync(status);
        var statusJson = await statusResponse.Content.ReadAsStringAsync();
        Assert.Contains($"\"hub\":\"{hub.Url}\"", statusJson, StringComparison.Ordinal);
        seen.Append(statusJson);

        // A hub that fails: retries, the resilience pipeline's own events and the final error are logged and shown too.
        hub.StatusCode = 500;
        _feeds.WriteArticle("news", "second.md", TempFeeds.Article("Second", "2024-02-02"));
        using (var regenerate = AdminClient.Request(HttpMethod.Post, "/admin/regenerate"))
        {
            (await client.SendAsync(regenerate)).Dispose();
        }

        var failedStatus = await Poll.UntilAsync(async () =>
        {
            using var request = AdminClient.Request(HttpMethod.Get, "/admin/status");
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return body.Contains("\"failed\":0", StringComparison.Ordinal) ? null : body;
        }, "a failed delivery in /admin/status", TimeSpan.FromSeconds(90));
        seen.Append(failedStatus);
        var log = await Poll.UntilAsync(() => Task.FromResult(service.Output.Contains("could not be told", StringComparison.Ordinal) ? service.Output : null), "the failed notification in the log");
        Assert.Contains("told that", log, StringComparison.Ordinal);
        seen.Append(log);
        Assert.All(Secrets, secret => Assert.DoesNotContain(secret, seen.ToString(), StringComparison.Ordinal));
    }

    public void Dispose() => _feeds.Dispose();
}
