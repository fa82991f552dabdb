using AngleSharp;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Syndication.Core.Parsing;

namespace Syndication.Core.Tests.Parsing;

/// <summary>The linear serialiser writes exactly what AngleSharp's own (quadratic) one writes, for every shape of tree.</summary>
public sealed class HtmlSerializerTests
{
    [Theory]
    [InlineData("")]
    [InlineData("plain text & <escaped> \u00a0")]
    [InlineData("<p>a</p><p>b<br>c<img src=\"x.png\" alt=\"&quot;q&quot;\"></p>")]
    [InlineData("<pre>\n\nleading newlines</pre><textarea>\nt</textarea><pre>x</pre>")]
    [InlineData("<ul><li>one<li>two<ul><li>deep</ul></ul><table><tr><td>1<td>2</table>")]
    [InlineData("<b><i>mis</b>nested</i><p>para<div>block</div>")]
    [InlineData("<!-- note --><span title=\"a<b>c&d\">t</span><hr><wbr>")]
    [InlineData("<script>if (a < b) {}</script><style>p{}</style><noscript><p>n</p></noscript>")]
    [InlineData("<svg><circle r=\"1\"/></svg><math><mi>x</mi></math>")]
    public void Serialiser_WritesWhatAngleSharpWrites(string html)
    {
        using var document = new HtmlParser().ParseDocument("<!doctype html><html><body>" + html);
        Assert.Equal(document.Body!.ChildNodes.ToHtml(HtmlFormatter.Instance), HtmlSerializer.ChildrenOf(document.Body, HtmlFormatter.Instance));
    }

    [Fact]
    public void Serialiser_WritesWhatAngleSharpWritesForGeneratedTrees()
    {
        var random = new Random(7);
        string[] pieces = ["<p>", "</p>", "<b>", "</b>", "<i>", "<div>", "</div>", "<ul><li>", "<table><td>", "<pre>\n", "text", " & ", "<br>", "<a href=\"u\">", "</a>", "<!--c-->"];
        for (var n = 0; n < 300; n++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            using var document = new HtmlParser().ParseDocument("<!doctype html><html><body>" + html);
            Assert.Equal(document.Body!.ChildNodes.ToHtml(HtmlFormatter.Instance), HtmlSerializer.ChildrenOf(document.Body, HtmlFormatter.Instance));
        }
    }
}
