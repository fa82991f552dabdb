using System.Diagnostics;
using System.Text;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>
/// A file made to report thousands of problems reaches the operator as a few lines: validate's output, the regenerate
/// answer and /admin/status list the first of each kind and count the rest; front matter too large to read is refused.
/// </summary>
public sealed class MultipliedProblemsTests : IDisposable
{
    private const int Keys = 20_000;

    // More than any file should report: 20 of each kind, one count per kind, and the title's own problems.
    private const int MaxLinesPerFile = 30;

    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();

    public MultipliedProblemsTests()
    {
        _feeds.WriteArticle("news", "many-keys.md", $"---\ntitle: Many keys\ndate: 2024-02-01\n{Lines(Keys, i => $"zz{i}: v")}---\nBody.\n");
        _feeds.WriteArticle("news", "many-authors.md", $"---\ntitle: Many authors\ndate: 2024-02-02\nauthors:\n{Lines(Keys, i => $"  - {{name: a{i}, uri: 'javascript:alert({i})'}}")}---\nBody.\n");
        // Two MiB of one-letter list entries: a million YAML nodes, refused before they are all built.
        _feeds.WriteArticle("news", "huge-list.md", "---\ntitle: Huge list\ntags: [" + string.Concat(Enumerable.Repeat("a,", 1024 * 1024 - 32)) + "a]\n---\nBody.\n");
    }

    [Fact]
    public async Task Validate_ListsTwentyOfEachKindCountsTheRestAndRefusesTheHugeList()
    {
        var clock = Stopwatch.StartNew();
        var (exitCode, printed) = await ServiceProcess.RunAsync(_feeds.Root, new Dictionary<string, string>(), "validate", "--feeds", _feeds.FeedsPath);

        Assert.Equal(1, exitCode);
        var lines = printed.Split('\n');
        Assert.InRange(lines.Count(l => l.Contains("many-keys.md:", StringComparison.Ordinal)), 21, MaxLinesPerFile);
        Assert.Contains(lines, l => l.Contains("many-keys.md", StringComparison.Ordinal) && l.Contains($"… and {Keys - 20:N0} more like this", StringComparison.Ordinal));
        Assert.InRange(lines.Count(l => l.Contains("many-authors.md:", StringComparison.Ordinal)), 21, MaxLinesPerFile);
        Assert.Contains(lines, l => l.Contains("many-authors.md", StringComparison.Ordinal) && l.Contains($"… and {Keys - 20:N0} more like this", StringComparison.Ordinal));
        var refusal = Assert.Single(lines, l => l.Contains("huge-list.md:", StringComparison.Ordinal));
        Assert.Contains("huge-list.md:3: error: the article is refused", refusal, StringComparison.Ordinal);
        Assert.InRange(printed.Length, 1, 64 * 1024);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(45), $"validate took {clock.Elapsed.TotalSeconds:N1} s");
    }

    [Fact]
    public async Task RegenerateAndStatus_ListTwentyOfEachKindAndCountTheRest()
    {
        using var factory = new ServiceFactory(_feeds);
        using var client = factory.CreateClient();

        var report = await client.RegenerateAsync();
        var status = await client.StatusAsync();

        foreach (var feed in (System.Text.Json.JsonElement[])[report.Feed("news"), status.Feed("news")])
        {
            var warnings = feed.GetProperty("warnings").EnumerateArray().ToList();
            Assert.InRange(warnings.Count(w => w.GetProperty("file").GetString() == "news/many-keys.md"), 21, MaxLinesPerFile);
            Assert.Contains(warnings, w => w.GetProperty("message").GetString()!.StartsWith($"… and {Keys - 20:N0} more like this", StringComparison.Ordinal));
            Assert.Contains(feed.GetProperty("errors").EnumerateArray(), e => e.GetProperty("file").GetString() == "news/huge-list.md");
        }

        Assert.Equal(["First post", "Many authors", "Many keys"], (await client.ReadFeedAsync("/feeds/news.atom")).Titles().Order(StringComparer.Ordinal));
    }

    public void Dispose() => _feeds.Dispose();

    private static string Lines(int count, Func<int, string> line)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(line(i)).Append('\n');
        }

        return text.ToString();
    }
}
