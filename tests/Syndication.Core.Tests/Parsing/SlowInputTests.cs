using System.Diagnostics;
using Syndication.Core.Building;
using Syndication.Core.Model;
using Syndication.Core.Parsing;
using Syndication.Core.Rendering;
using Xunit.Abstractions;

namespace Syndication.Core.Tests.Parsing;

/// <summary>
/// Input made to be slow (<see cref="SlowShapes"/>), up to the service's default size limit: every article is read in
/// under two seconds of processor time and is either published or refused with an error that says what and how to fix.
/// </summary>
public sealed class SlowInputTests(ITestOutputHelper output)
{
    /// <summary>The service's default <c>Syndication:MaxArticleBytes</c>; every shape is ASCII, so characters are bytes.</summary>
    private const int MaxArticleBytes = 2 * 1024 * 1024;

    private const string FrontMatter = "---\ntitle: Slow\n---\n";

    // Room for what a shape adds around its repeated unit (an opening tag, a header row).
    private const int Margin = 64;

    private static readonly TimeSpan Allowed = TimeSpan.FromSeconds(2);

    // Only so that a regression fails instead of hanging the suite; the bound that matters is Allowed.
    private static readonly TimeSpan HardTimeout = TimeSpan.FromSeconds(60);

    private static readonly FeedDefinition Feed = new() { Name = "news", Title = "News", Description = "D" };

    // Compiling the parsers and writers once is not the cost of the shape under test.
    private static readonly Lazy<int[]> Warm = new(() => Publish(FeedFolder.ParseArticle(FrontMatter + "*warm* <b>up</b>").Article!));

    public static TheoryData<string, int> MarkdownShapes() => Cases(SlowShapes.Markdown.Keys);

    public static TheoryData<string, int> HtmlShapes() => Cases(SlowShapes.Html.Keys);

    // Half the limit too: YAML just under the node limit is accepted, and costs most there.
    public static TheoryData<string, int> FrontMatterShapes() => Cases(SlowShapes.FrontMatter.Keys, MaxArticleBytes / 2);

    [Theory]
    [MemberData(nameof(MarkdownShapes))]
    public void SlowMarkdown_IsReadInUnderTwoSecondsAndPublishedOrRefusedClearly(string shape, int size) =>
        AssertBounded(shape, SlowShapes.Markdown[shape](size - FrontMatter.Length - Margin), "news/slow.md");

    [Theory]
    [MemberData(nameof(HtmlShapes))]
    public void SlowHtml_IsReadInUnderTwoSecondsAndPublishedOrRefusedClearly(string shape, int size) =>
        AssertBounded(shape, SlowShapes.Html[shape](size - FrontMatter.Length - Margin), "news/slow.md");

    [Theory]
    [MemberData(nameof(FrontMatterShapes))]
    public void SlowFrontMatter_IsReadInUnderTwoSecondsWithFewProblemsAndSmallDocuments(string shape, int size)
    {
        var yaml = SlowShapes.FrontMatter[shape](size - FrontMatter.Length - Margin);
        var (result, documents) = AssertBoundedText(shape, $"---\ntitle: Slow\n{yaml}---\nBody.\n", "news/slow.md");
        Assert.InRange(result.Problems.Count, 0, ProblemLimits.MaxPerFile + 1);
        Assert.All(documents, length => Assert.InRange(length, 1, 64 * 1024));
    }

    [Theory]
    [InlineData(64 * 1024)]
    [InlineData(MaxArticleBytes)]
    public void PlainTextOfManyParagraphs_IsReadInUnderTwoSeconds(int size) =>
        AssertBounded("paragraphs", string.Concat(Enumerable.Repeat("a\n\n", (size - FrontMatter.Length) / 3)), "news/slow.txt");

    private static TheoryData<string, int> Cases(IEnumerable<string> shapes, params int[] moreSizes)
    {
        var data = new TheoryData<string, int>();
        foreach (var shape in shapes)
        {
            foreach (var size in (int[])[64 * 1024, .. moreSizes, MaxArticleBytes])
            {
                data.Add(shape, size);
            }
        }

        return data;
    }

    private void AssertBounded(string shape, string body, string file) => AssertBoundedText(shape, FrontMatter + body, file);

    /// <summary>The result of reading <paramref name="text"/>, and the length of each document when it was published.</summary>
    private (ArticleParseResult Result, int[] Documents) AssertBoundedText(string shape, string text, string file)
    {
        _ = Warm.Value;
        Assert.InRange(text.Length, 1, MaxArticleBytes);
        var wall = Stopwatch.StartNew();
        var work = Task.Factory.StartNew(() => Measure(() => FeedFolder.ParseArticle(text, file)), TaskCreationOptions.LongRunning);
        Assert.True(work.Wait(HardTimeout), $"{shape}: still reading after {HardTimeout.TotalSeconds} s");
        var (result, cpu) = work.Result;
        var outcome = result.Article is null ? string.Join(" | ", result.Problems.Where(p => p.IsError)) : "published";
        output.WriteLine($"{shape} ({text.Length:N0} bytes): {cpu.TotalMilliseconds:N0} ms processor, {wall.ElapsedMilliseconds:N0} ms wall, {result.Problems.Count} problems; {outcome}");

        Assert.True(cpu < Allowed, $"{shape} ({text.Length:N0} bytes) took {cpu.TotalMilliseconds:N0} ms of processor time");
        if (result.Article is null)
        {
            Assert.Contains(result.Problems, p => p.IsError && p.File == file && p.Message.Length > 0 && !string.IsNullOrWhiteSpace(p.Hint));
            return (result, []);
        }

        var build = Task.Factory.StartNew(() => Measure(() => Publish(result.Article)), TaskCreationOptions.LongRunning);
        Assert.True(build.Wait(HardTimeout), $"{shape}: still publishing after {HardTimeout.TotalSeconds} s");
        output.WriteLine($"  published in {build.Result.Cpu.TotalMilliseconds:N0} ms processor");
        Assert.True(build.Result.Cpu < Allowed, $"{shape} took {build.Result.Cpu.TotalMilliseconds:N0} ms of processor time to publish");
        return (result, build.Result.Value);
    }

    private static int[] Publish(Article article)
    {
        var document = new FeedBuilder(new PublicUrls(FeedFolder.BaseUrl)).Build(Feed, [article], DateTimeOffset.MaxValue);
        return [AtomWriter.Write(document).Length, RssWriter.Write(document).Length, JsonFeedWriter.Write(document).Length];
    }

    /// <summary>Runs <paramref name="work"/> and measures the processor time of the thread it ran on, which other load on the machine does not inflate.</summary>
    private static (T Value, TimeSpan Cpu) Measure<T>(Func<T> work)
    {
        Assert.True(ThreadClock.IsPerThread || !OperatingSystem.IsLinux(), "Linux has a per-thread clock");
        var start = ThreadClock.Now();
        var value = work();
        return (value, TimeSpan.FromSeconds((ThreadClock.Now() - start) / (double)Stopwatch.Frequency));
    }
}
