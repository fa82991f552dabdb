using System.Text.Json;
using AngleSharp.Html.Parser;
using CodeHollow.FeedReader;

namespace Syndication.Core.Tests.Safety;

/// <summary>
/// Plain-text fields are plain text everywhere: generated active markup in any of them is removed with a warning on
/// its line, so no published string renders into anything that acts, while harmless angle-bracket text stays exactly as written.
/// </summary>
public sealed class PlainTextFieldTests
{
    private static readonly string[] Payloads =
    [
        "<script>alert(1)</script>", "<script src=//evil.example/x.js></script>", "<script/x>alert(1)</script>", "<script>alert(1)",
        "<style>body{display:none}</style>", "<iframe src=//evil.example>", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\">",
        "<object data=evil.swf></object>", "<embed src=evil.swf>", "<applet code=x>", "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>", "<svg><script>alert(1)</script></svg>", "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>", "<a href=\"java&#x09;script:alert(1)\">x</a>", "<a href=\" \u0001javascript:alert(1)\">x</a>",
        "<a href=vbscript:msgbox(1)>x</a>", "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">", "<details open ontoggle=alert(1)>",
        "<math><a xlink:href=javascript:alert(1)>x</a></math>", "<form action=//evil.example><input type=password></form>",
        "<button formaction=javascript:alert(1)>x</button>", "<<script>script>alert(1)</script>", "<template><script>alert(1)</script></template>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">",
        "<base href=//evil.example/>", "<link rel=stylesheet href=//evil.example/x.css>", "<div style=\"position:fixed;inset:0\">cover</div>",
        "<p>&lt;script&gt;</p><script>alert(1)</script>", "<table><td><script>alert(1)</script>", "<!--<script>--><img src=x onerror=alert(1)>",
    ];

    private static readonly string[] Harmless =
        ["Why <template> matters", "a < b > c", "Fish & <chips> \"quoted\"", "x<y and y>x", "I <3 feeds", "<b>bold</b> claims",
         "&lt;script&gt; is escaped", "javascript: the good parts", "Tom & Jerry; 1 < 2", "<custom-element> explained"];

    public static TheoryData<string> Places() => [.. TextPlace.All.Select(p => p.Name)];

    private static IEnumerable<string> Cased(string payload) =>
        [payload, payload.ToUpperInvariant(), string.Concat(payload.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : c))];

    [Theory]
    [MemberData(nameof(Places))]
    public void ActiveMarkupInAnyCase_IsRemovedAndReported_AndNothingPublishedActs(string name)
    {
        var place = TextPlace.All.Single(p => p.Name == name);
        foreach (var payload in Payloads.SelectMany(Cased))
        {
            var (feed, article) = place.Put(Published.Quote($"Before {payload} after"));
            var published = Published.From(feed, article);
            var reports = published.Problems.Where(p => p.File == place.File && p.Message.StartsWith($"removed unsafe HTML from '{place.Key}'", StringComparison.Ordinal)).ToList();
            Assert.True(reports.Count > 0, $"no report for {payload}: {string.Join("; ", published.Problems)}");
            Assert.All(reports, r => Assert.Equal((false, place.Line), (r.IsError, r.Line)));
            foreach (var (format, text) in published.Documents)
            {
                var active = ActiveMarkupOracle.Find(format, text).ToList();
                Assert.True(active.Count == 0, $"{payload} left in {format}: {string.Join("; ", active)}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Places))]
    public void HarmlessAngleBrackets_PassWithoutWarnings(string name)
    {
        var place = TextPlace.All.Single(p => p.Name == name);
        foreach (var text in Harmless)
        {
            var (feed, article) = place.Put(Published.Quote(text));
            Assert.Empty(Published.From(feed, article).Problems);
        }
    }

    [Theory]
    [MemberData(nameof(HarmlessTitles))]
    public void HarmlessTitles_ReachEveryFormatAndThePageExactly(string title)
    {
        var published = Published.From(Published.FeedYaml, $"---\ntitle: {Published.Quote(title)}\nsummary: {Published.Quote(title)}\ntags: [{Published.Quote(title)}]\n---\nBody");
        Assert.Empty(published.Problems);
        foreach (var document in new[] { published.Atom, published.Rss, published.Json })
        {
            var item = Assert.Single(FeedReader.ReadFromString(document).Items);
            Assert.Equal(title, item.Title);
            Assert.Equal([title], item.Categories);
        }

        Assert.Equal(title, JsonDocument.Parse(published.Json).RootElement.GetProperty("items")[0].GetProperty("summary").GetString());
        var page = new HtmlParser().ParseDocument(published.Page);
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(title, page.Title);
        Assert.Equal(title, page.QuerySelector(".summary")!.TextContent);
    }

    public static TheoryData<string> HarmlessTitles() => [.. Harmless];

    [Theory]
    [InlineData("Why <script>alert(1)</script>this matters", "Why this matters")]
    [InlineData("A <img src=x onerror=alert(1)> picture", "A <img src=\"x\"> picture")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">Click</a> here", "<a>Click</a> here")]
    [InlineData("a < b <iframe src=//x.example></iframe>> c", "a < b > c")]
    [InlineData("Why <template> matters <script>x</script>", "Why <template> matters")]
    [InlineData("<b>Bold <i>and <style>*{}</style>italic", "<b>Bold <i>and italic")]
    [InlineData("Tags <p> and </p> <script>x</script>stay", "Tags <p> and </p> stay")]
    public void ActiveParts_AreCutAndTheRestKept(string written, string expected)
    {
        var published = Published.From(article: $"---\ntitle: {Published.Quote(written)}\n---\nBody");
        Assert.Equal(expected, published.Article.Title);
        Assert.Equal(expected, Assert.Single(FeedReader.ReadFromString(published.Rss).Items).Title);
    }

    [Fact]
    public void EscapedTextBesideActiveMarkup_StillShowsAsText()
    {
        var published = Published.From(article: "---\ntitle: \"&lt;b&gt; stays &amp;lt;i&amp;gt; <style>*{}</style>text\"\n---\nBody");
        var title = Assert.Single(FeedReader.ReadFromString(published.Rss).Items).Title;
        Assert.Equal("<b> stays &lt;i&gt; text", new HtmlParser().ParseFragment(title, new HtmlParser().ParseDocument("").Body!).Single().TextContent);
    }

    [Fact]
    public void MarkupMadeToBeSlow_IsCleanedQuicklyAndNothingPublishedActs()
    {
        var deep = string.Concat(Enumerable.Repeat("<div>", 50_000)) + "<img src=x onerror=alert(1)>";
        var tags = string.Join(", ", Enumerable.Range(0, 3000).Select(i => Published.Quote($"<i onclick=alert({i})>t{i}</i>")));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var published = Published.From(article: $"---\ntitle: {Published.Quote(deep)}\ntags: [{tags}]\n---\nBody");
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(20));
        Assert.Contains(published.Problems, p => p.Line == 2 && p.Message.Contains("more than 64 tags", StringComparison.Ordinal));
        Assert.Contains(published.Problems, p => p.Line == 3 && p.Message.Contains("too many values with markup", StringComparison.Ordinal));
        // The tag list itself is capped at 100 (ListLimits); each kept tag was cleaned.
        Assert.Equal(100, published.Article.Terms.Count);
        foreach (var (format, text) in published.Documents)
        {
            Assert.Empty(ActiveMarkupOracle.Find(format, text));
        }
    }
}
