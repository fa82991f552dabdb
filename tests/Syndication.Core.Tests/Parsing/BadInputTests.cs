using System.Diagnostics;
using System.Text;
using System.Xml.Linq;
using Syndication.Core.Building;
using Syndication.Core.Model;
using Syndication.Core.Parsing;
using Syndication.Core.Rendering;

namespace Syndication.Core.Tests.Parsing;

/// <summary>Each kind of bad input from the reliability issue: reported with file and line, never a crash, never a broken document.</summary>
public sealed class BadInputTests
{
    private static readonly FeedDefinition Feed = new() { Name = "news", Title = "News", Description = "D" };

    private static ArticleParseResult Parse(string text, string file = "news/post.md") => FeedFolder.ParseArticle(text, file);

    /// <summary>Builds both XML formats from one article and parses them back, proving they are well-formed.</summary>
    private static (XDocument Atom, XDocument Rss) Publish(Article article)
    {
        var document = new FeedBuilder(new PublicUrls(FeedFolder.BaseUrl)).Build(Feed, [article], DateTimeOffset.MaxValue);
        return (XDocument.Parse(Encoding.UTF8.GetString(AtomWriter.Write(document))), XDocument.Parse(Encoding.UTF8.GetString(RssWriter.Write(document))));
    }

    [Fact]
    public void EmptyFile_IsAnErrorOnLine1() =>
        Assert.Contains(Parse("").Problems, p => p.IsError && p.Line == 1 && p.File == "news/post.md");

    [Fact]
    public void OnlyFrontMatter_PublishesWithAnEmptyBody()
    {
        var result = Parse("---\ntitle: Just a title\n---\n");
        Assert.Equal("", result.Article!.BodyHtml);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void LoneCarriageReturns_AreLineEnds()
    {
        var result = Parse("---\rtitle: Old Mac\rdate: nope\r---\rBody");
        Assert.Equal(3, Assert.Single(result.Problems, p => p.IsError).Line);
    }

    [Fact]
    public void InvalidUtf8_IsReadAsLatin1WithAWarningOnItsLine()
    {
        var bytes = Encoding.Latin1.GetBytes("---\ntitle: Caf\u00e9 cr\u00e8me\n---\nD\u00e9j\u00e0 vu");
        var problems = new List<Problem>();
        var text = SourceBytes.Decode(bytes, "news/latin1.md", problems);
        Assert.Equal("Café crème", Parse(text).Article!.Title);
        var warning = Assert.Single(problems);
        Assert.Equal(2, warning.Line);
        Assert.Contains("UTF-8", warning.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8WithByteOrderMark_DecodesWithoutWarnings()
    {
        var problems = new List<Problem>();
        Assert.Equal("---", SourceBytes.Decode([0xEF, 0xBB, 0xBF, .. "---"u8.ToArray()], "f.md", problems));
        Assert.Empty(problems);
    }

    [Fact]
    public void LoneSurrogateEscapeInYaml_IsRemovedWithAWarningOnItsLine()
    {
        var result = Parse("---\ntitle: \"half \\ud800 a pair\"\n---\n");
        Assert.Equal("half  a pair", result.Article!.Title);
        Assert.Contains(result.Problems, p => !p.IsError && p.Line == 2 && p.Message.Contains("\\ud800", StringComparison.Ordinal));
        Publish(result.Article);
    }

    [Fact]
    public void LoneSurrogateInText_IsRemovedWithAWarning()
    {
        var result = Parse("---\ntitle: half \ud800 a pair\n---\n");
        Assert.Equal("half  a pair", result.Article!.Title);
        Assert.Contains(result.Problems, p => !p.IsError && p.Line == 2);
        Publish(result.Article);
    }

    [Theory]
    [InlineData("Ends with ]]> here")]
    [InlineData("Fish & <chips> \"quoted\"")]
    [InlineData("שלום עולם — مرحبا")]
    [InlineData("e\u0301 combining, Z\u0351\u0352\u0353algo")]
    [InlineData("Emoji 👩🏽‍🚀🏳️‍🌈 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢")]
    public void AwkwardTitles_SurviveBothFormatsExactly(string title)
    {
        var article = Parse($"---\ntitle: '{title.Replace("'", "''", StringComparison.Ordinal)}'\n---\n{title}").Article!;
        var (atom, rss) = Publish(article);
        Assert.Equal(title, atom.Descendants(XName.Get("title", "http://www.w3.org/2005/Atom")).Last().Value);
        Assert.Equal(title, rss.Descendants("item").Single().Element("title")!.Value);
    }

    [Fact]
    public void ThousandCharacterTitle_IsKeptWhole()
    {
        var title = string.Concat(Enumerable.Repeat("Long title ", 91))[..1000];
        var (atom, _) = Publish(Parse($"---\ntitle: {title}\n---\n").Article!);
        Assert.Equal(title, atom.Descendants(XName.Get("title", "http://www.w3.org/2005/Atom")).Last().Value);
    }

    [Fact]
    public void YamlAliasBomb_IsRefusedQuickly()
    {
        var yaml = new StringBuilder("---\ntitle: Bomb\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        }

        var clock = Stopwatch.StartNew();
        var result = Parse(yaml.Append("---\n").ToString());
        Assert.InRange(clock.ElapsedMilliseconds, 0, 2000);
        Assert.Null(result.Article);
        Assert.Contains(result.Problems, p => p.IsError && p.Message.Contains("aliases", StringComparison.Ordinal) && p.Line == 4);
    }

    [Fact]
    public void DeepNesting_IsRefused()
    {
        var result = Parse("---\ntitle: Deep\nx: " + new string('[', 500) + new string(']', 500) + "\n---\n");
        Assert.Null(result.Article);
        Assert.Contains(result.Problems, p => p.IsError && p.Message.Contains("nested", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<script>alert(1)</script><p>kept</p>", "<script>")]
    [InlineData("<iframe src=\"https://evil.example\" srcdoc=\"x\"></iframe><p>kept</p>", "<iframe>")]
    [InlineData("<object data=\"x.swf\"></object><embed src=\"x\"><p>kept</p>", "<object>")]
    [InlineData("<style>body{display:none}</style><p>kept</p>", "<style>")]
    [InlineData("<p onclick=\"steal()\">kept</p>", "'onclick'")]
    [InlineData("<p><a href=\"javascript:alert(1)\">kept</a></p>", "'href'")]
    [InlineData("<p><a href=\"vbscript:msgbox\">kept</a></p>", "'href'")]
    [InlineData("<p><img src=\"data:image/png;base64,AAAA\">kept</p>", "'src'")]
    public void UnsafeHtml_IsRemovedAndReported(string html, string reported)
    {
        var result = Parse($"---\ntitle: T\n---\n{html}");
        var body = result.Article!.BodyHtml;
        Assert.Contains("kept", body, StringComparison.Ordinal);
        foreach (var bad in new[] { "<script", "<iframe", "srcdoc", "<object", "<embed", "<style", "onclick", "javascript:", "vbscript:", "data:" })
        {
            Assert.DoesNotContain(bad, body, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains(result.Problems, p => !p.IsError && p.Message.Contains(reported, StringComparison.Ordinal));
    }
}
