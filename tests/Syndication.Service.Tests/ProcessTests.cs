using System.Net;
using System.Text.Json.Nodes;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>The real service process: configuration from the root appsettings.json, real Kestrel on a loopback port, start-up refusals.</summary>
public sealed class ProcessTests : IDisposable
{
    private static readonly string[] GeneratedFiles = ["news.atom", "news.rss", "news.json", "index.html", "news/first-post.html"];
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();

    [Theory]
    [InlineData("Syndication__Schedule", "not a cron", "Syndication:Schedule")]
    [InlineData("Syndication__FeedsPath", "/nonexistent/feeds", "Syndication:FeedsPath")]
    [InlineData("Syndication__PublicBaseUrl", "relative/path", "Syndication:PublicBaseUrl")]
    [InlineData("Syndication__Audience__MaxClients", "0", "Syndication:Audience:MaxClients")]
    [InlineData("Syndication__Audience__WindowHours", "-1", "Syndication:Audience:WindowHours")]
    [InlineData("Syndication__LogFormat", "xml", "Syndication:LogFormat")]
    [InlineData("Syndication__TombstoneDays", "-1", "Syndication:TombstoneDays")]
    public async Task BadConfiguration_StopsStartUpWithExitCode2AndOneClearLine(string variable, string value, string setting)
    {
        var environment = new Dictionary<string, string> { ["Syndication__FeedsPath"] = _feeds.FeedsPath, ["Syndication__OutputPath"] = _feeds.OutputPath, [variable] = value };
        using var service = ServiceProcess.Start(_feeds.Root, environment, "--urls", $"http://127.0.0.1:{FreePort.Next()}");

        Assert.Equal(2, await service.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        var line = Assert.Single(service.Output.Split('\n'), l => l.Contains(setting, StringComparison.Ordinal));
        Assert.StartsWith("Configuration error: " + setting, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", service.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunningService_ReadsAppsettingsJsonAndServesOnRealKestrel()
    {
        var settings = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ServiceProcess.RepositoryRoot, "appsettings.json")))!;
        settings["Syndication"]!["CacheSeconds"] = 4242;
        settings["Syndication"]!["FeedsPath"] = "feeds";
        settings["Syndication"]!["OutputPath"] = "output";
        await File.WriteAllTextAsync(Path.Combine(_feeds.Root, "appsettings.json"), settings.ToJsonString());
        var port = FreePort.Next();
        using var service = ServiceProcess.Start(_feeds.Root, new Dictionary<string, string>(), "--urls", $"http://127.0.0.1:{port}");
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        using var response = await Poll.UntilAsync(async () => await TryGetAsync(client, "/feeds/news.atom"), "the real service to publish news.atom", TimeSpan.FromSeconds(60));

        Assert.Equal("public, max-age=4242", response.Headers.CacheControl!.ToString());
        Assert.Contains("First post", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("this run's admin token is", service.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_WritesEveryDocumentAndExits0()
    {
        var output = Path.Combine(_feeds.Root, "static");
        var (exitCode, printed) = await ServiceProcess.RunAsync(_feeds.Root, new Dictionary<string, string>(), "generate", "--feeds", _feeds.FeedsPath, "--out", output, "--base-url", "https://static.example/");
        Assert.Equal(0, exitCode);
        Assert.Contains("news: 1 entries", printed, StringComparison.Ordinal);
        Assert.All(GeneratedFiles, f => Assert.True(File.Exists(Path.Combine(output, f)), f));
        Assert.Contains("https://static.example/feeds/news/first-post", await File.ReadAllTextAsync(Path.Combine(output, "news.atom")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_WithABrokenArticle_PublishesTheRestAndExits1()
    {
        _feeds.WriteArticle("news", "broken.md", "---\ntitle: Broken\ndate: someday\n---\nx");
        var output = Path.Combine(_feeds.Root, "static");
        var (exitCode, printed) = await ServiceProcess.RunAsync(_feeds.Root, new Dictionary<string, string>(), "generate", "--feeds", _feeds.FeedsPath, "--out", output);
        Assert.Equal(1, exitCode);
        Assert.Contains("broken.md:3: error: 'date' is not a date", printed, StringComparison.Ordinal);
        Assert.Contains("First post", await File.ReadAllTextAsync(Path.Combine(output, "news.atom")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_GoodFeeds_Exit0()
    {
        var (exitCode, printed) = await ServiceProcess.RunAsync(_feeds.Root, new Dictionary<string, string>(), "validate", "--feeds", _feeds.FeedsPath);
        Assert.Equal(0, exitCode);
        Assert.Contains("0 errors, 0 warnings", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ReportsEachProblemAsFileLineMessageAndExits1()
    {
        _feeds.WriteArticle("news", "typo.md", "---\ntitle: Typo\ntittle: oops\n---\nx");
        var (exitCode, printed) = await ServiceProcess.RunAsync(_feeds.Root, new Dictionary<string, string>(), "validate", "--feeds", _feeds.FeedsPath);
        Assert.Equal(1, exitCode);
        Assert.Contains("typo.md:3: warning: unknown key 'tittle' is ignored. Did you mean 'title'?", printed, StringComparison.Ordinal);
    }

    public void Dispose() => _feeds.Dispose();

    private static async Task<HttpResponseMessage?> TryGetAsync(HttpClient client, string path)
    {
        try
        {
            var response = await client.GetAsync(path);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return response;
            }

            response.Dispose();
        }
        catch (HttpRequestException)
        {
            // Not listening yet.
        }

        return null;
    }
}
