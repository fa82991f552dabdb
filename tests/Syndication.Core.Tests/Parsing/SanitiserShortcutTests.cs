using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Syndication.Core.Building;
using Syndication.Core.Model;
using Syndication.Core.Parsing;

namespace Syndication.Core.Tests.Parsing;

/// <summary>
/// An article body reads to the same HTML, with the same problems, whether or not <see cref="SanitiserShortcut"/> spares
/// it the sanitiser's document: the full path (Markdig, then <see cref="HtmlSafety.Clean"/>) is the oracle.
/// </summary>
public sealed partial class SanitiserShortcutTests
{
    private static (string? Html, List<Problem> Problems) Read(string body)
    {
        var problems = new List<Problem>();
        return (ArticleBody.ToSafeHtml(body, 5, true, "a.md", problems, new WorkBudget(WorkBudget.Default)), problems);
    }

    private static (string? Html, List<Problem> Problems) ReadInFull(string body)
    {
        var problems = new List<Problem>();
        var budget = new WorkBudget(WorkBudget.Default);
        var html = Refusals.Catch(
            () => BodyFormat.FromMarkdown(body, 5, "a.md", problems, budget, out _) is { } markdig ? HtmlSafety.Clean(markdig, "a.md", problems, budget) : null,
            "a.md", "the article", problems);
        return (html, problems);
    }

    private static string? Vouched(string body)
    {
        var html = BodyFormat.FromMarkdown(body, 5, "a.md", [], new WorkBudget(WorkBudget.Default), out var hasRawHtml);
        return html is null || hasRawHtml ? null : SanitiserShortcut.TryClean(html, new WorkBudget(WorkBudget.Default));
    }

    private static void AssertSameAsInFull(string body)
    {
        var (html, problems) = Read(body);
        var (expected, expectedProblems) = ReadInFull(body);
        Assert.True(expected == html, $"body {body}\nexpected {expected}\nbut got  {html}");
        Assert.Equal(expectedProblems, problems);
    }

    [Property(MaxTest = 1000)]
    public Property GeneratedMarkdown_ReadsAsTheSanitiserReadsIt() => Prop.ForAll(MarkdownPieces.Body().ToArbitrary(), AssertSameAsInFull);

    private static readonly string[] PageUrls = ["https://example.org/feeds/news/a-post", "http://localhost:8080/blog/feeds/n%C3%BC/post/", "https://example.org"];

    private static readonly string[] Figures = ["", "<figure><img src=\"i.png\" alt=\"a\"><figcaption>c</figcaption></figure>\n"];

    [Property(MaxTest = 1000)]
    public Property GeneratedMarkdown_ResolvesAsTheSanitiserResolvesIt() => Prop.ForAll(
        MarkdownPieces.Body().SelectMany(body => Gen.Elements(PageUrls).SelectMany(page => Gen.Elements(Figures).Select(figure => (body, page, figure)))).ToArbitrary(),
        input =>
        {
            if (ReadInFull(input.body).Html is { } html)
            {
                Assert.Equal(HtmlSafety.ResolveInFull(input.figure + html, input.page), HtmlSafety.Resolve(input.figure + html, input.page));
            }
        });

    [Fact]
    public void GeneratedMarkdown_OftenResolvesThroughTheShortcut()
    {
        var pages = Gen.Sample(MarkdownPieces.Body(), 1000, new Rnd(9), 50)
            .Select(body => ReadInFull(body).Html).OfType<string>().Where(ContentHtml.HasRelativeUrl).ToList();
        var resolved = pages.Select(html => SanitiserShortcut.TryResolve(html, PageUrls[0])).OfType<string>().ToList();
        Assert.InRange(resolved.Count, pages.Count / 5, pages.Count);
        Assert.Contains(resolved, html => html.Contains("href=\"https://example.org/feeds/news/docs/page.html#part\"", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryFixtureAndSeedArticle_ReadsAsTheSanitiserReadsIt()
    {
        var files = Directory.GetFiles(FeedFolder.InOutput("Fixtures"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(FeedFolder.InOutput("feeds"), "*.md", SearchOption.AllDirectories)).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            AssertSameAsInFull(FrontMatter.Split(SourceText.Normalize(File.ReadAllText(file), file, []), file, [])!.Body);
        }
    }

    /// <summary>The property above only proves something if the shortcut takes a good share of bodies, with every element it knows.</summary>
    [Fact]
    public void GeneratedMarkdown_OftenTakesTheShortcutWithEveryElementItKnows()
    {
        var bodies = Gen.Sample(MarkdownPieces.Body(), 1000, new Rnd(8), 50);
        var vouched = bodies.Select(Vouched).OfType<string>().ToList();
        Assert.InRange(vouched.Count, bodies.Length / 5, bodies.Length);
        var elements = vouched.SelectMany(html => StartTag().Matches(html).Select(m => m.Groups[1].Value)).ToHashSet();
        string[] known = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "code", "table", "thead", "tbody", "tr", "th", "td", "hr", "em", "strong", "a", "img", "br"];
        Assert.Empty(known.Except(elements));
    }

    /// <summary>What the sanitiser removes, reports or reshapes, or what the HTML parser changes, is never vouched for.</summary>
    [Theory]
    [InlineData("[mail](mailto:a@example.org)")] // mailto: is not an allowed scheme: the href goes, with a warning
    [InlineData("[x](a:b)")] // a relative-looking URL the sanitiser reads as scheme "a"
    [InlineData("[x](< https://example.org>)")] // Markdig keeps the encoded space; the sanitiser trims white space only
    [InlineData("[nested <https://in.example.org>](https://out.example.org)")] // the parser closes the outer link
    [InlineData("```js\nx\n```")] // class="language-js" is removed
    [InlineData("note[^1]\n\n[^1]: text")] // footnotes carry ids and classes
    [InlineData("| a |\n|:-:|\n| b |")] // the sanitiser rewrites the alignment style
    [InlineData("a&#13;b")] // the parser reads a carriage return as a line feed
    [InlineData("a&#1;b")] // a control character the parser reports
    [InlineData("[t](https://example.org \"&{x}\")")] // '&{' in an attribute is removed
    [InlineData("<em>raw</em>")] // raw HTML always takes the full path
    public void WhatTheSanitiserChanges_IsNotVouchedFor(string body)
    {
        Assert.Null(Vouched(body));
        AssertSameAsInFull(body);
    }

    [Fact]
    public void PlainMarkdown_IsVouchedForAndWrittenAsTheSanitiserWritesIt()
    {
        const string Body = "# T \"q\"\n\nSay \"hi\"&nbsp;& 1 < 2  \nnow ![a \"b\"](https://example.org/i.png \"t\")\n\n---\n\n3. x\n4. y";
        Assert.Equal(
            "<h1>T \"q\"</h1>\n<p>Say \"hi\"&nbsp;&amp; 1 &lt; 2<br>\nnow <img src=\"https://example.org/i.png\" alt=\"a &quot;b&quot;\" title=\"t\"></p>\n<hr>\n<ol start=\"3\">\n<li>x</li>\n<li>y</li>\n</ol>",
            Vouched(Body));
        AssertSameAsInFull(Body);
    }

    [GeneratedRegex("<([a-z0-9]+)")]
    private static partial Regex StartTag();
}
