using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Syndication.Reliability.Tests.Support;

namespace Syndication.Reliability.Tests;

/// <summary>No request or content may write a line break or control character into the log, read from the real process's console.</summary>
public sealed partial class LogForgingTests : IDisposable
{
    // An hour no clock shows, so a line starting with it can only be forged.
    private const string FakePrefix = "[99:99:99 INF] ";

    private static readonly char[] Unsafe = UnsafeCharacters.All;

    private readonly TempFeeds _content = new();

    public LogForgingTests() => _content.AddFeed("news", "News");

    [Fact]
    public async Task RequestPaths_WithAnyControlCharacter_ComeOutEscapedOnTheirOwnLogLine()
    {
        _content.WriteArticles("news", 1);
        using var service = ServiceProcess.Start(_content);
        await service.WaitUntilServingAsync("/feeds/news.atom", TimeSpan.FromSeconds(30));
        var logged = new List<string>();
        foreach (var c in Unsafe)
        {
            var marker = Marker("path", c);
            var response = await RawHttp.GetAsync(service.Port, "/feeds/x" + Uri.EscapeDataString(c + FakePrefix + marker));
            // Kestrel refuses a few (a NUL in the path) before the app sees them; everything that reached the app is logged.
            if (response.Status == 404)
            {
                logged.Add(marker);
            }
        }

        Assert.True(logged.Count >= Unsafe.Length - 1, $"only {logged.Count} of {Unsafe.Length} requests reached the app");
        await Poll.UntilAsync(() => logged.All(service.Output.Contains) ? "" : null, "every request in the log", TimeSpan.FromSeconds(15));
        AssertClean(service.Output, logged);
    }

    [Fact]
    public async Task YamlKeysAndFileNames_WithAnyControlCharacter_ComeOutEscapedInTheirWarnings()
    {
        // Ten keys a file: a file lists only the first 20 problems of a kind.
        foreach (var (chunk, n) in Unsafe.Chunk(10).Select((chunk, n) => (chunk, n)))
        {
            var keys = new StringBuilder();
            foreach (var c in chunk)
            {
                keys.Append(CultureInfo.InvariantCulture, $"\"k\\u{(int)c:X4}{FakePrefix}{Marker("key", c)}\": 1\n");
            }

            _content.WriteArticle("news", $"keys{n}.md", $"---\ntitle: Keys\ndate: 2024-01-01\n{keys}---\nBody\n");
        }
        var fileNameCharacters = Unsafe.Where(c => c != '\0').ToList();
        foreach (var c in fileNameCharacters)
        {
            _content.WriteArticle("news", $"f{c}{FakePrefix}{Marker("file", c)}.md", TempFeeds.Article("Odd name", "2024-01-02"));
        }

        using var service = ServiceProcess.Start(_content);
        await service.WaitUntilServingAsync("/feeds/news.atom", TimeSpan.FromSeconds(30));
        var markers = Unsafe.Select(c => Marker("key", c)).Concat(fileNameCharacters.Select(c => Marker("file", c))).ToList();
        await Poll.UntilAsync(() => markers.All(service.Output.Contains) ? "" : null, "a warning for every key and file", TimeSpan.FromSeconds(30));
        AssertClean(service.Output, markers);
    }

    private static string Marker(string kind, char c) => $"forged-{kind}-{(int)c:X4}";

    /// <summary>No unsafe character anywhere (line ends aside), and every marker sits inside a genuine log line, never at the start of one.</summary>
    private static void AssertClean(string log, IEnumerable<string> markers)
    {
        UnsafeCharacters.AssertNoneIn(log);
        var lines = log.Split('\n');
        Assert.DoesNotContain(lines, line => line.TrimStart().StartsWith(FakePrefix.Trim(), StringComparison.Ordinal));
        foreach (var marker in markers)
        {
            var line = lines.FirstOrDefault(l => l.Contains(marker, StringComparison.Ordinal));
            Assert.True(line is not null && GenuineLine().IsMatch(line), $"{marker} is not inside a genuine log line: {line}");
        }
    }

    [GeneratedRegex(@"^\[\d\d:\d\d:\d\d (VRB|DBG|INF|WRN|ERR|FTL)\] ")]
    private static partial Regex GenuineLine();

    public void Dispose() => _content.Dispose();
}
