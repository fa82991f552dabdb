using System.Xml.Linq;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>The review's dates and characters through the real <c>generate</c> command: reported with file and line, the rest published.</summary>
public sealed class DatesAndCharactersProcessTests : IDisposable
{
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();

    [Fact]
    public async Task Generate_WithYearOneInKolkataAndForbiddenCharacters_ReportsThemAndPublishesTheRest()
    {
        _feeds.WriteFeedYaml("news", "title: News\ndescription: D\ntimezone: Asia/Kolkata\n");
        _feeds.WriteArticle("news", "year-one.md", "---\ntitle: Year one\ndate: 0001-01-01\n---\nOld\n");
        _feeds.WriteArticle("news", "controls.md", "---\ntitle: \"Bell \\x07 and half \\uD800\"\ndate: 2024-03-01T09:00:00+05:45\n---\nA &#x1; reference\n\n<p>raw &#xFFFE; html</p>\n");
        var output = Path.Combine(_feeds.Root, "static");

        var (exitCode, printed) = await ServiceProcess.RunAsync(_feeds.Root, new Dictionary<string, string>(), "generate", "--feeds", _feeds.FeedsPath, "--out", output);

        Assert.Equal(1, exitCode);
        Assert.Contains("news/year-one.md:3: error: 'date' is before 1970", printed, StringComparison.Ordinal);
        Assert.Contains("news/controls.md:2: warning: removed character U+0007", printed, StringComparison.Ordinal);
        Assert.Contains("news/controls.md:2: warning: removed the escape '\\uD800'", printed, StringComparison.Ordinal);
        Assert.Contains("news/controls.md:5: warning: removed character U+0001 (written '&#x1;')", printed, StringComparison.Ordinal);
        Assert.Contains("news/controls.md:7: warning: removed character U+FFFE (written '&#xFFFE;')", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", printed, StringComparison.Ordinal);
        var rss = XDocument.Load(Path.Combine(output, "news.rss"));
        var item = Assert.Single(rss.Descendants("item"), i => i.Element("title")!.Value == "Bell  and half");
        Assert.Equal("Fri, 01 Mar 2024 03:15:00 GMT", item.Element("pubDate")!.Value);
        Assert.Equal(2, XDocument.Load(Path.Combine(output, "news.atom")).Descendants(XName.Get("entry", "http://www.w3.org/2005/Atom")).Count());
    }

    public void Dispose() => _feeds.Dispose();
}
