using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>The service and the one-shot commands, as real processes on one configuration file: the same documents, the same refusals.</summary>
public sealed class OneCompositionRootTests : IDisposable
{
    private const string BaseUrl = "https://news.example.org/site/";
    private const string HubUser = "hub-user:hub-pass@";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly TempFeeds _feeds = new();

    public OneCompositionRootTests()
    {
        _feeds.WriteFeedYaml("news", "title: News\ndescription: Everything new\nlimit: 2\n");
        for (var day = 1; day <= 5; day++)
        {
            _feeds.WriteArticle("news", $"post-{day}.md", $"---\ntitle: Post {day}\ndate: 2024-03-0{day}T10:00:00+02:00\ntags: [one, two]\n---\n\n## Day {day}\n\nSee [this](https://example.org/{day}).\n");
        }

        _feeds.AddFeed("notes", "Notes");
        _feeds.WriteArticle("notes", "a.md", TempFeeds.Article("Note A", "2023-12-31"));
        _feeds.WriteArticle("notes", "b.txt", "---\ntitle: Plain note\ndate: 2024-01-05\n---\n\nJust text.\n");
    }

    [Fact]
    public async Task Generate_WritesTheSameBytesAsTheServiceForTheSameFeedsAndConfiguration()
    {
        await using var hub = await FakeHub.StartAsync();
        var configured = hub.Url.Replace("http://", "http://" + HubUser, StringComparison.Ordinal);
        await WriteSettingsAsync(new JsonObject { ["PublicBaseUrl"] = BaseUrl });
        // The hub comes from the environment's own settings file, which the service reads on top of appsettings.json.
        var staging = new Dictionary<string, string> { ["DOTNET_ENVIRONMENT"] = "Staging" };
        var hubs = new JsonObject { ["Syndication"] = new JsonObject { ["WebSub"] = new JsonObject { ["Hubs"] = new JsonArray(configured) } } };
        await File.WriteAllTextAsync(Path.Combine(_feeds.Root, "appsettings.Staging.json"), hubs.ToJsonString());

        var port = FreePort.Next();
        using (var service = ServiceProcess.Start(_feeds.Root, staging, "--urls", $"http://127.0.0.1:{port}"))
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            await Poll.UntilAsync(() => FirstRunDoneAsync(client), "the service's first run", TimeSpan.FromSeconds(60));
        }

        var (exitCode, printed) = await ServiceProcess.RunAsync(_feeds.Root, staging, "generate", "--out", "static");

        Assert.True(exitCode == 0, printed);
        var served = Documents(_feeds.OutputPath);
        var generated = Documents(Path.Combine(_feeds.Root, "static"));
        Assert.Equal(served.Keys.Order(StringComparer.Ordinal), generated.Keys.Order(StringComparer.Ordinal));
        Assert.All(served, d => Assert.True(d.Value.AsSpan().SequenceEqual(generated[d.Key]), $"{d.Key} differs"));

        // What the comparison covered: every format, archive pages, article pages and the index, made with the configured hub and base URL.
        Assert.Contains("index.html", served.Keys);
        Assert.Contains("news/post-3.html", served.Keys);
        Assert.Contains("notes/b.html", served.Keys);
        foreach (var extension in (string[])["atom", "rss", "json"])
        {
            Assert.Contains($"news.{extension}", served.Keys);
            Assert.Contains(served.Keys, k => k.StartsWith("news/archive/", StringComparison.Ordinal) && k.EndsWith("." + extension, StringComparison.Ordinal));
        }

        var atom = XDocument.Parse(System.Text.Encoding.UTF8.GetString(generated["news.atom"]));
        Assert.Equal([hub.Url], atom.Root!.Elements(Atom + "link").Where(l => (string?)l.Attribute("rel") == "hub").Select(l => (string?)l.Attribute("href")));
        Assert.StartsWith(BaseUrl, (string?)atom.Root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("generate")]
    [InlineData("validate")]
    public async Task Command_WithBadSettings_ExitsWith2AndTheServicesConfigurationErrorLines(string command)
    {
        await WriteSettingsAsync(new JsonObject
        {
            ["PublicBaseUrl"] = "feeds.example.org",
            ["Schedule"] = "every hour",
            ["CacheSeconds"] = -1,
            ["WebSub"] = new JsonObject { ["Hubs"] = new JsonArray("hub.example.org/publish") },
        });
        using var service = ServiceProcess.Start(_feeds.Root, new Dictionary<string, string>(), "--urls", $"http://127.0.0.1:{FreePort.Next()}");
        Assert.Equal(2, await service.WaitForExitAsync(TimeSpan.FromSeconds(60)));

        var (exitCode, printed) = await ServiceProcess.RunAsync(_feeds.Root, new Dictionary<string, string>(), command);

        Assert.Equal(2, exitCode);
        var lines = Lines(printed);
        Assert.Equal(Lines(service.Output).Where(l => l.StartsWith("Configuration error: ", StringComparison.Ordinal)), lines);
        Assert.Collection(lines,
            l => Assert.StartsWith("Configuration error: Syndication:Schedule 'every hour' is not a Quartz cron expression", l, StringComparison.Ordinal),
            l => Assert.StartsWith("Configuration error: Syndication:PublicBaseUrl 'feeds.example.org' is not an absolute http(s) URL", l, StringComparison.Ordinal),
            l => Assert.StartsWith("Configuration error: Syndication:WebSub:Hubs:0 is not an absolute http(s) URL", l, StringComparison.Ordinal),
            l => Assert.Equal("Configuration error: Syndication:CacheSeconds must be 0 or more, not -1", l));
        Assert.False(Directory.Exists(Path.Combine(_feeds.OutputPath, "_state")), "nothing is written with bad settings");
    }

    public void Dispose() => _feeds.Dispose();

    /// <summary>appsettings.json in the folder both processes run in: feeds/ and output/ beside it, a known admin token, no scheduled runs.</summary>
    private async Task WriteSettingsAsync(JsonObject syndication)
    {
        syndication["FeedsPath"] = "feeds";
        syndication["OutputPath"] = "output";
        syndication["Schedule"] ??= ServiceCommand.NeverSchedule;
        syndication["AdminToken"] = ServiceFactory.AdminToken;
        await File.WriteAllTextAsync(Path.Combine(_feeds.Root, "appsettings.json"), new JsonObject { ["Syndication"] = syndication }.ToJsonString());
    }

    private static async Task<bool> FirstRunDoneAsync(HttpClient client)
    {
        try
        {
            using var request = AdminClient.Request(HttpMethod.Get, "/admin/status");
            using var response = await client.SendAsync(request);
            return response.IsSuccessStatusCode
                && JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("lastRun").ValueKind == JsonValueKind.Object;
        }
        catch (HttpRequestException)
        {
            return false;   // not listening yet
        }
    }

    /// <summary>Every published document under an output folder by its relative path; the service's own state is not a document.</summary>
    private static Dictionary<string, byte[]> Documents(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => !p.StartsWith("_state/", StringComparison.Ordinal))
            .ToDictionary(p => p, p => File.ReadAllBytes(Path.Combine(root, p)), StringComparer.Ordinal);

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
