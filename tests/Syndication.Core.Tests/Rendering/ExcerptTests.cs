using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Syndication.Core.Parsing;
using Syndication.Core.Rendering;

namespace Syndication.Core.Tests.Rendering;

/// <summary>The RSS excerpt scans sanitised HTML instead of parsing it; it must read the same text a real HTML parser does.</summary>
public sealed class ExcerptTests
{
    public static TheoryData<string> Bodies() => new()
    {
        "<p>Plain words.</p>",
        "<p>A <a href=\"https://e.org/?a=1&amp;b=2\" title=\"x > y\">link</a> and <em>emphasis</em>.</p>\n<p>Second\tparagraph.</p>",
        "<p>&lt;not a tag&gt; &amp;amp; &#x26; &#233;t&#xE9; &nbsp;spaced&nbsp;&nbsp;out &copy;</p>",
        "<figure><img src=\"https://e.org/a.png\" alt=\"a 'quoted' > alt\"><figcaption>Caption “here”</figcaption></figure>\n<h2>Heading</h2><ul><li>one</li><li>two</li></ul>",
        "<p title='single &apos;quoted&apos; > title'>After</p><pre><code>var x = 1 &lt; 2;\n  return;</code></pre>",
        "<p>" + string.Join(' ', Enumerable.Repeat("long sentence of many words", 40)) + "</p>",
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Excerpt_ReadsWhatAnHtmlParserReads(string html) => Assert.Equal(Expected(html), Excerpt.Of(html));

    [Fact]
    public void Excerpt_OfEveryFixtureArticle_ReadsWhatAnHtmlParserReads()
    {
        var files = Directory.GetFiles(FeedFolder.InOutput("feeds"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(FeedFolder.InOutput("Fixtures"), "*.md", SearchOption.AllDirectories)).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            if (ArticleParser.Parse(File.ReadAllText(file), file, isMarkdown: true, TimeZoneInfo.Utc, DateTimeOffset.UnixEpoch).Article is { } article)
            {
                Assert.Equal(Expected(article.BodyHtml), Excerpt.Of(article.BodyHtml));
            }
        }
    }

    /// <summary>What the excerpt was before: AngleSharp's text content, whitespace collapsed, cut at a word.</summary>
    private static string Expected(string html)
    {
        var text = Regex.Replace(new HtmlParser().ParseDocument(html).Body?.TextContent ?? "", @"\s+", " ").Trim();
        if (text.Length <= Excerpt.MaxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', Excerpt.MaxLength - 1);
        return text[..(cut > Excerpt.MaxLength / 2 ? cut : Excerpt.MaxLength - 1)].TrimEnd() + "…";
    }
}
