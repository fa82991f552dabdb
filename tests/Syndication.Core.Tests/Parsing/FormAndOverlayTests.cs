using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CodeHollow.FeedReader;
using Syndication.Core.Building;
using Syndication.Core.Model;
using Syndication.Core.Parsing;
using Syndication.Core.Rendering;

namespace Syndication.Core.Tests.Parsing;

/// <summary>
/// No published HTML may collect input or cover the reader's page: every form control, form attribute and CSS that
/// positions, layers, moves or loads content is removed, in every context it can appear in, and each removal is reported.
/// The result is read back from the Atom document with an independent feed reader.
/// </summary>
public sealed class FormAndOverlayTests
{
    private static readonly FeedDefinition Feed = new() { Name = "news", Title = "News", Description = "D" };

    private static readonly string[] FormTags =
        ["form", "input", "button", "select", "option", "optgroup", "textarea", "datalist", "keygen", "output", "fieldset", "legend", "label", "menuitem"];

    /// <summary>Where a tag can sit in an article: {0} is the markup under test.</summary>
    private static readonly string[] Contexts =
        ["{0}", "<p>text {0} text</p>", "<table><tr><td>{0}</td></tr></table>", "<ul><li><a href=\"https://example.org/\">{0}</a></li></ul>", "<div><form>{0}</form></div>", "<blockquote>{0}</blockquote>"];

    private static readonly string[] FormAttributes =
        ["action=\"https://evil.example/steal\"", "formaction=\"https://evil.example/steal\"", "method=\"post\"", "enctype=\"text/plain\"", "contenteditable=\"true\"", "tabindex=\"1\"", "accesskey=\"s\"", "autocomplete=\"on\"", "placeholder=\"Password\"", "required", "draggable=\"true\""];

    private static readonly string[] OverlayStyles =
    [
        "position: fixed", "position: absolute", "position: sticky", "position: relative; top: -200px", "top: 0", "left: 0",
        "right: 0", "bottom: 0", "inset: 0", "z-index: 2147483647", "transform: translate(-100px, -100px)", "transform: scale(50)",
        "translate: 10px 10px", "rotate: 45deg", "scale: 40", "behavior: url(x.htc)", "-moz-binding: url(x.xml#x)",
        "background: url(https://tracker.example/p.gif)", "background-image: url(https://tracker.example/p.gif)",
        "list-style-image: url(https://tracker.example/p.gif)", "cursor: url(https://evil.example/c.cur), auto", "margin-top: -500px",
        "margin: -1em 0 0 0", "behavior: expression(alert(1))", "-ms-behavior: expression(alert(1))", "content: 'x'", "animation: spin 1s infinite", "clip-path: inset(0)",
        "filter: blur(5px)", "opacity: 0", "pointer-events: none", "visibility: hidden", "mask: url(#m)", "zoom: 10",
    ];

    private static readonly string[] StyledElements = ["div", "span", "p", "a", "img", "table", "td", "blockquote", "em"];

    [Fact]
    public void FormControls_AreRemovedInEveryContextAndReported()
    {
        foreach (var tag in FormTags)
        {
            foreach (var context in Contexts)
            {
                var markup = string.Format(System.Globalization.CultureInfo.InvariantCulture, context, $"<{tag} name=\"pw\" type=\"password\" value=\"x\">inside</{tag}>") + "<p>after</p>";
                var (html, problems) = Publish(markup);
                var published = Html(html);
                Assert.True(published.QuerySelectorAll(string.Join(',', FormTags)).Length == 0, $"{markup} published {html}");
                Assert.Contains("after", published.Body!.TextContent, StringComparison.Ordinal);
                Assert.True(problems.Any(p => !p.IsError && p.Message.Contains($"<{tag}> element", StringComparison.Ordinal)), $"{markup}: {string.Join(" | ", problems)}");
            }
        }
    }

    [Fact]
    public void FormAttributes_AreRemovedFromEveryElementAndReported()
    {
        foreach (var attribute in FormAttributes)
        {
            foreach (var element in StyledElements)
            {
                var markup = Element(element, attribute);
                var (html, problems) = Publish(markup);
                var name = attribute.Split('=')[0];
                Assert.True(Html(html).QuerySelectorAll($"[{name}]").Length == 0, $"{markup} published {html}");
                Assert.True(problems.Any(p => !p.IsError && p.Message.Contains($"'{name}' attribute", StringComparison.Ordinal)), $"{markup}: {string.Join(" | ", problems)}");
            }
        }
    }

    [Fact]
    public void CssThatPositionsLayersMovesOrLoads_IsRemovedFromEveryElementAndReported()
    {
        foreach (var style in OverlayStyles)
        {
            foreach (var element in StyledElements)
            {
                var markup = Element(element, $"style=\"color: red; {style}\"");
                var (html, problems) = Publish(markup);
                var kept = Html(html).QuerySelector(element)?.GetAttribute("style") ?? "";
                Assert.Empty(Names(style).Intersect(Names(kept), StringComparer.OrdinalIgnoreCase));
                Assert.False(Regex.IsMatch(kept, @"url\(|expression|-\s*[0-9.]", RegexOptions.IgnoreCase), $"{markup} kept style \"{kept}\"");

                Assert.Contains("color", Names(kept));
                Assert.True(problems.Any(p => !p.IsError && p.Message.StartsWith("removed unsafe HTML: style '", StringComparison.Ordinal)), $"{markup}: {string.Join(" | ", problems)}");
            }
        }
    }

    [Theory]
    [InlineData("color: red")]
    [InlineData("text-align: center")]
    [InlineData("margin: 0px auto")]
    [InlineData("border: 1px solid #ccc")]
    [InlineData("font-weight: bold")]
    [InlineData("width: 50%")]
    public void TypographyAndBoxStyles_AreKeptWithoutWarnings(string style)
    {
        var (html, problems) = Publish($"<p style=\"{style}\">kept</p>");
        Assert.Equal(Names(style), Names(Html(html).QuerySelector("p")!.GetAttribute("style")!));
        Assert.Empty(problems);
    }

    /// <summary>The element with these attributes, inside a table when it is a cell (a parser drops a cell found anywhere else).</summary>
    private static string Element(string name, string attributes) =>
        name == "td" ? $"<table><tr><td {attributes}>kept</td></tr></table>" : $"<{name} {attributes}>kept</{name}>";

    private static IEnumerable<string> Names(string style) =>
        style.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(d => d.Split(':')[0].Trim());

    private static IDocument Html(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>Parses an article with this body and returns the HTML an independent reader finds in its Atom entry.</summary>
    private static (string Html, IReadOnlyList<Problem> Problems) Publish(string body)
    {
        var result = FeedFolder.ParseArticle($"---\ntitle: T\n---\n{body}");
        var document = new FeedBuilder(new PublicUrls(FeedFolder.BaseUrl)).Build(Feed, [result.Article!], DateTimeOffset.MaxValue);
        var atom = FeedReader.ReadFromString(Encoding.UTF8.GetString(AtomWriter.Write(document)));
        return (Assert.Single(atom.Items).Content, result.Problems);
    }
}
