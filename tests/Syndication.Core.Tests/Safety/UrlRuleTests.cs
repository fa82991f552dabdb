using System.Text.Json;
using System.Xml.Linq;
using CodeHollow.FeedReader;

namespace Syndication.Core.Tests.Safety;

/// <summary>What passes the URL, e-mail and id rules reaches readers in one normal form; ids keep naming schemes only.</summary>
public sealed class UrlRuleTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly string[] AtomUrlElements = ["logo", "icon", "uri"];

    [Theory]
    [InlineData("HTTPS://Example.ORG/Path?q=1#frag", "https://example.org/Path?q=1#frag")]
    [InlineData("https://bücher.example/straße", "https://xn--bcher-kva.example/stra%C3%9Fe")]
    [InlineData("http://example.org:8080/a/../b", "http://example.org:8080/b")]
    [InlineData("https://example.org:443/x", "https://example.org/x")]
    [InlineData("https://[2001:db8::1]/x", "https://[2001:db8::1]/x")]
    [InlineData("  https://example.org/padded  ", "https://example.org/padded")]
    public void GoodUrls_ReachEveryFormatNormalised(string written, string expected)
    {
        var published = Published.From(Published.FeedYaml + $"link: {Published.Quote(written)}\nlogo: {Published.Quote(written)}\nicon: {Published.Quote(written)}\n",
            $"---\ntitle: Post\nimage: {Published.Quote(written)}\nsource:\n  name: Paper\n  url: {Published.Quote(written)}\nauthor:\n  name: Ann\n  uri: {Published.Quote(written)}\n---\nBody");
        Assert.Empty(published.Problems);
        var atom = FeedReader.ReadFromString(published.Atom);
        Assert.Equal(expected, atom.Link);
        var atomXml = XDocument.Parse(published.Atom);
        Assert.Equal([expected, expected, expected], AtomUrlElements.Select(name => atomXml.Descendants(Atom + name).Single().Value));
        Assert.Equal(expected, FeedReader.ReadFromString(published.Rss).ImageUrl);
        var json = JsonDocument.Parse(published.Json).RootElement;
        Assert.Equal(expected, json.GetProperty("home_page_url").GetString());
        Assert.Equal(expected, json.GetProperty("favicon").GetString());
        Assert.Equal(expected, json.GetProperty("items")[0].GetProperty("image").GetString());
        Assert.Equal(expected, json.GetProperty("items")[0].GetProperty("authors")[0].GetProperty("url").GetString());
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(published.Page);
        Assert.Contains(expected, page.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("ada@example.org", "ada@example.org")]
    [InlineData("MAILTO:Ada.Lovelace+feeds@Example.org", "Ada.Lovelace+feeds@example.org")]
    [InlineData("ada@bücher.example", "ada@xn--bcher-kva.example")]
    public void GoodEmails_BecomeAtomEmailAndAJsonMailtoLink(string written, string expected)
    {
        var published = Published.From(article: $"---\ntitle: Post\nauthor:\n  name: Ada\n  email: {Published.Quote(written)}\n---\nBody");
        Assert.Empty(published.Problems);
        Assert.Equal(expected, XDocument.Parse(published.Atom).Descendants(Atom + "email").Single().Value);
        var author = JsonDocument.Parse(published.Json).RootElement.GetProperty("items")[0].GetProperty("authors")[0];
        Assert.Equal("mailto:" + expected, author.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("javascript:alert('evil4711')//@example.org")]
    [InlineData("Ada <ada@evil4711.example>")]
    [InlineData("ada@evil4711.example?subject=hi")]
    [InlineData("ada@evil4711.example#x")]
    [InlineData("ada@[127.0.0.1]evil4711")]
    [InlineData("evil4711")]
    [InlineData("ada@evil4711.example\u200b")]
    [InlineData("ada @evil4711.example")]
    [InlineData("\"ada evil4711\"@example.org")]
    [InlineData("ada@-evil4711-.example")]
    public void BadEmails_AreReportedOnTheirLineAndLeftOut(string written)
    {
        var published = Published.From(article: $"---\ntitle: Post\nauthor:\n  name: Ada\n  email: {Published.Quote(written)}\n---\nBody");
        var report = Assert.Single(published.Problems);
        Assert.Equal((false, 5), (report.IsError, report.Line));
        Assert.StartsWith("'author.email' ", report.Message, StringComparison.Ordinal);
        Assert.All(published.Documents, d => Assert.DoesNotContain("evil4711", d.Text, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Ada", Assert.Single(FeedReader.ReadFromString(published.Atom).Items).Author);
    }

    [Theory]
    [InlineData("tag:example.org,2017:post")]
    [InlineData("TAG:example.org,2017:post")]
    [InlineData("urn:uuid:8f6a2c3e-0b7d-5e1f-9a4b-2c3d4e5f6a7b")]
    [InlineData("https://example.org/2017/post")]
    public void NamingIds_AreKept(string id)
    {
        var published = Published.From(Published.FeedYaml + $"id: {Published.Quote(id)}\n", $"---\ntitle: Post\nid: {Published.Quote(id)}\n---\nBody");
        Assert.Empty(published.Problems);
        Assert.Equal(id, Assert.Single(FeedReader.ReadFromString(published.Atom).Items).Id);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html,hi")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("mailto:ada@example.org")]
    [InlineData("ftp://example.org/x")]
    [InlineData("tag:example.org,2017:a\u200bb")]
    [InlineData("urn:uuid:1 2")]
    [InlineData("tag:example.org,2017:<script>alert(1)</script>")]
    [InlineData("https://example.org/\"onmouseover=\"alert(1)")]
    public void ActiveOrUnnamingIds_AreErrorsOnTheirLine(string id)
    {
        var article = FeedFolder.ParseArticle($"---\ntitle: Post\nid: {Published.Quote(id)}\n---\nBody");
        Assert.Null(article.Article);
        Assert.Equal(3, Assert.Single(article.Problems, p => p.IsError).Line);
        var feed = Syndication.Core.Parsing.FeedDefinitionParser.Parse("news", Published.FeedYaml + $"id: {Published.Quote(id)}\n", "news/feed.yaml", _ => null, DateTimeOffset.UnixEpoch);
        Assert.Null(feed.Feed);
        Assert.Equal(3, Assert.Single(feed.Problems, p => p.IsError).Line);
    }
}
