using System.Text.RegularExpressions;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>The real generate process with its output captured, so not on a terminal: plain summary lines, never one per document.</summary>
public sealed class GenerateProgressTests : IDisposable
{
    private readonly TempFeeds _feeds = new();

    public GenerateProgressTests()
    {
        _feeds.AddFeed("news", "News");
        _feeds.AddFeed("notes", "Notes");
        for (var day = 1; day <= 3; day++)
        {
            _feeds.WriteArticle("news", $"post-{day}.md", TempFeeds.Article($"Post {day}", $"2024-02-0{day}"));
        }

        _feeds.WriteArticle("notes", "a.md", TempFeeds.Article("Note A", "2024-01-01"));
        _feeds.WriteArticle("notes", "b.txt", TempFeeds.Article("Note B", "2024-01-02"));
    }

    [Fact]
    public async Task Generate_NotOnATerminal_PrintsThePlanAndASummaryBesideTheFeedLines()
    {
        var (exitCode, printed) = await GenerateAsync();

        Assert.Equal(0, exitCode);
        // Documents: the index, three formats and a page of each of the two feeds, three formats of the combined feed, the
        // OPML and five article pages.
        AssertLines(printed,
            @"news: 3 entries, changed, \d+ ms",
            @"notes: 2 entries, changed, \d+ ms",
            "Generating 2 feeds from 5 article files",
            @"Generated 2 of 2 feeds: 5 articles read, 18 documents written in \d+\.\d s");
        Assert.Equal(18, Directory.EnumerateFiles(_feeds.OutputPath, "*", SearchOption.AllDirectories).Count(f => !Path.GetRelativePath(_feeds.OutputPath, f).StartsWith("_state", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Generate_Again_CountsOnlyTheDocumentsItReallyWrites()
    {
        Assert.Equal(0, (await GenerateAsync()).ExitCode);
        _feeds.WriteArticle("news", "post-2.md", TempFeeds.Article("Post 2, edited", "2024-02-02"));

        var (exitCode, printed) = await GenerateAsync();

        Assert.Equal(0, exitCode);
        // The edited article's page and its two neighbours' (they show its title), the news feed's page, the news feed and
        // the combined feed in three formats, and the index (it shows news's newest titles); notes is unchanged. Notes is
        // not published again (its files' names, lengths and write times are as at the last run), but
        // its two articles are read for the combined feed (from the parse cache: nothing is parsed).
        AssertLines(printed,
            @"news: 3 entries, changed, \d+ ms",
            @"notes: 2 entries, unchanged, \d+ ms",
            "Generating 2 feeds from 5 article files",
            @"Generated 2 of 2 feeds: 5 articles read, 11 documents written in \d+\.\d s");
    }

    public void Dispose() => _feeds.Dispose();

    private Task<(int ExitCode, string Output)> GenerateAsync() =>
        ServiceProcess.RunAsync(_feeds.Root, new Dictionary<string, string>(), "generate", "--feeds", _feeds.FeedsPath, "--out", _feeds.OutputPath);

    /// <summary>Exactly these lines, each once, in any order: standard output and standard error are captured apart.</summary>
    private static void AssertLines(string printed, params string[] patterns)
    {
        var lines = printed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length == patterns.Length, printed);
        Assert.All(patterns, p => Assert.Single(lines, l => Regex.IsMatch(l, $"^{p}$")));
    }
}
