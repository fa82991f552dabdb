using System.Text;
using Syndication.Core.Parsing;

namespace Syndication.Core.Tests.Parsing;

/// <summary>
/// One file cannot multiply what it reports into the log, the status page and the regenerate answer: of each kind of
/// problem (same severity, same fix) the first 20 are listed and one more counts the rest.
/// </summary>
public sealed class ProblemLimitTests
{
    private const int Entries = 10_000;

    private const int Listed = 20;

    private static string Lines(int count, Func<int, string> line) =>
        string.Concat(Enumerable.Range(0, count).Select(i => line(i) + "\n"));

    /// <summary>Front matter and body that each make one warning (or error) per entry.</summary>
    public static TheoryData<string, string> Multipliers() => new()
    {
        { "unknown keys", $"---\ntitle: T\n{Lines(Entries, i => $"zz{i}: v")}---\nBody" },
        { "unsafe author addresses", $"---\ntitle: T\nauthors:\n{Lines(Entries, i => $"  - {{name: a{i}, uri: 'javascript:alert({i})'}}")}---\nBody" },
        { "author e-mail addresses with spaces", $"---\ntitle: T\nauthors:\n{Lines(Entries, i => $"  - {{name: a{i}, email: 'a {i}@example.org'}}")}---\nBody" },
        { "unknown author keys", $"---\ntitle: T\nauthors:\n{Lines(Entries, i => $"  - {{name: a{i}, zz{i}: x}}")}---\nBody" },
        { "control characters in tags", $"---\ntitle: T\ntags:\n{Lines(Entries, i => $"  - \"t\\x01{i}\"")}---\nBody" },
        { "control characters in the body", $"---\ntitle: T\n---\n{Lines(Entries, i => $"line {i}\u0001")}" },
    };

    [Theory]
    [MemberData(nameof(Multipliers))]
    public void TenThousandWarningsOfOneKind_AreTwentyAndOneThatCountsTheRest(string shape, string text)
    {
        var result = FeedFolder.ParseArticle(text);
        Assert.NotNull(result.Article);
        Assert.InRange(result.Problems.Count, Listed + 1, Listed + 3);
        var summary = Assert.Single(result.Problems, p => p.Message.Contains("more like this", StringComparison.Ordinal));
        Assert.False(summary.IsError, shape);
        Assert.StartsWith($"… and {Entries - Listed:N0} more like this", summary.Message, StringComparison.Ordinal);
        Assert.Equal(Listed, result.Problems.Count(p => p.Hint == summary.Hint && p != summary));
    }

    [Fact]
    public void TwentyThousandUnknownKeys_AreTwentyWarningsAndOneThatCountsTheRest()
    {
        var result = FeedFolder.ParseArticle($"---\ntitle: T\n{Lines(20_000, i => $"zz{i}: v")}---\nBody");
        Assert.True(result.Article is not null, string.Join("\n", result.Problems.Where(p => p.IsError)));
        Assert.Equal(Listed + 1, result.Problems.Count);
        Assert.Equal("unknown key 'zz0' is ignored", result.Problems[0].Message);
        Assert.Equal(3, result.Problems[0].Line);
        Assert.Equal($"… and 19,980 more like this, from line {3 + Listed} on: unknown key 'zz{Listed}' is ignored", result.Problems[^1].Message);
    }

    [Fact]
    public void TenThousandAuthorsWithoutNames_AreTwentyErrorsAndOneErrorThatCountsTheRest()
    {
        var result = FeedFolder.ParseArticle($"---\ntitle: T\nauthors:\n{Lines(Entries, i => $"  - {{email: a{i}@example.org}}")}---\nBody");
        Assert.Null(result.Article);
        Assert.Equal(Listed + 1, result.Problems.Count);
        Assert.All(result.Problems, p => Assert.True(p.IsError));
        Assert.StartsWith($"… and {Entries - Listed:N0} more like this", result.Problems[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SevenKindsOfAHundredProblems_AreAHundredAndOneThatCountsTheRest()
    {
        var text = new StringBuilder("---\ntitle: T\n")
            .Append(Lines(100, i => $"zz{i}: v"))
            .Append("authors:\n")
            .Append(Lines(100, i => $"  - {{name: a{i}, uri: 'javascript:x', email: 'a b', zz: x}}"))
            .Append(Lines(100, i => $"  - {{email: a{i}@example.org}}"))
            .Append("tags:\n")
            .Append(Lines(100, i => $"  - \"<script>x</script>t{i}\\x01\""))
            .Append("---\nBody");

        var result = FeedFolder.ParseArticle(text.ToString());
        Assert.Null(result.Article);
        Assert.Equal(ProblemLimits.MaxPerFile + 1, result.Problems.Count);
        Assert.Equal("… and 600 more problems of other kinds, not listed", result.Problems[^1].Message);
        Assert.Contains(result.Problems, p => p.IsError);
    }

    [Fact]
    public void FeedDefinition_TwentyThousandUnknownKeys_AreTwentyWarningsAndOneThatCountsTheRest()
    {
        var result = FeedDefinitionParser.Parse("news", $"title: T\ndescription: D\n{Lines(20_000, i => $"zz{i}: v")}", "news/feed.yaml", _ => null, DateTimeOffset.UnixEpoch);
        Assert.NotNull(result.Feed);
        Assert.Equal(Listed + 1, result.Problems.Count);
        Assert.Equal($"… and 19,980 more like this, from line {3 + Listed} on: unknown key 'zz{Listed}' is ignored", result.Problems[^1].Message);
    }
}
