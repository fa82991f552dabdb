using FsCheck;
using FsCheck.Fluent;

namespace Syndication.Core.Tests.Parsing;

/// <summary>
/// Markdown bodies built from what articles use and from what trips a sanitiser up: quotes, no-break spaces, character
/// references to controls, every kind of URL (relative, colon-bearing, mailto:, javascript:, entity-encoded schemes),
/// links in links, footnotes, aligned tables, fenced code with languages, raw HTML; nested in quotes and lists.
/// </summary>
internal static class MarkdownPieces
{
    private static readonly string[] CommonInlines =
    [
        "word", "two words", "Ünïcödé", "😀", "\"quoted\"", "'single'", "a & b", "x < y > z", "&amp;", "&lt;tag&gt;", "&quot;", "&nbsp;",
        "no\u00a0break", "&copy;", "&#x1F600;", "&#0;", "&#xD800;", "tab\there", "\\*escaped\\*", "*em*", "_em_", "**strong**", "***both***",
        "*em **strong `code`***", "`code \"q\" <x> &amp;`", "``a`b``", "[link](https://example.org/a?b=1&c=2 \"title \\\"q\\\" &nbsp;\")",
        "[rel](docs/page.html#part)", "[root](/x)", "[frag](#f)", "[empty]()", "[later colon](a/b:c)", "[colon ref](http&#58;//x)",
        "<https://example.org/x>", "<HTTP://EXAMPLE.ORG>", "www.example.com", "https://bare.example.org/p?q=1", "[ref][r]",
        "![image](https://example.org/i.png \"t\")", "![alt *em* \"q\"](pic.png)", "[![img](i.png)](https://example.org)", "hard  \nbreak",
        "back\\\nslash", "[ü](https://ü.example/ä?ö=1)", "~~strike~~", "a | b", "&{",
    ];

    // Each of these the sanitiser removes, reports or reshapes, or the HTML parser changes: rare, so most bodies hold none.
    private static readonly string[] RareInlines =
    [
        "&#13;", "&#1;", "&#128;", "&#xFFFE;", "[colon](a:b)", "[query colon](?a:b)", "[mail](mailto:a@example.org)", "<a@example.org>",
        "<ftp://example.org/f>", "[js](javascript:alert(1))", "[data](data:text/html,x)", "[spaced](< x y>)", "[entity scheme](&#106;avascript:x)",
        "[nested <https://in.example.org>](https://out.example.org)", "[nested www.in.example.org](https://out.example.org)",
        "[t](https://example.org \"&{x}\")", "[^1]", "<span>raw</span>", "<em>raw em</em>", "<!-- comment -->",
        "<a href=\"https://example.org\">raw link</a>", "<img src=x onerror=alert(1)>",
    ];

    private static readonly string[] CommonLeaves =
    [
        "---", "***", "```\ncode \"q\" <x>\n\n  indented\n```", "```\n\nleading blank\n```", "    indented code",
        "| a | b |\n|---|---|\n| c \"q\" | [d](https://example.org) |", "| only | header |\n|---|---|", "[r]: https://example.org/r 'T'",
    ];

    private static readonly string[] RareLeaves =
    [
        "```js\nlet x = 1;\n```", "| a | b |\n|:--|--:|\n| c | d |", "<div>raw block</div>", "<p style=\"color: red\">styled</p>",
        "<script>alert(1)</script>", "[^1]: the note",
    ];

    /// <summary>A body of blocks, up to three levels deep.</summary>
    public static Gen<string> Body() => Some(Block(3), 6).Select(blocks => string.Join("\n\n", blocks));

    private static Gen<string> Text() =>
        Some(Gen.Frequency((60, Gen.Elements(CommonInlines)), (1, Gen.Elements(RareInlines)), (6, Link())), 8)
            .SelectMany(parts => Gen.Elements(" ", "", "\n").Select(gap => string.Join(gap, parts)));

    // Links and images whose destination and title are made of what URL and attribute rules turn on.
    private static Gen<string> Link() =>
        from image in Gen.Elements("", "!")
        from url in Some(Gen.Elements(UrlPieces), 6)
        from title in Some(Gen.Elements(UrlPieces), 3)
        from form in Gen.Choose(0, 2)
        select form switch
        {
            0 => $"{image}[x]({string.Concat(url)})",
            1 => $"{image}[x](<{string.Concat(url)}> \"{string.Concat(title)}\")",
            _ => $"<{string.Concat(url)}>",
        };

    private static readonly string[] UrlPieces =
    [
        "http", "https", "HTTPS", "mailto", "javascript", "a", "/", "//", ":", "#", "?", "&", ";", "=", "%", "%20", "%3A", "&#58;", "&#x3a;",
        "&amp;", "&{", "{", " ", "\t", "\n", "\u00a0", "\"", "'", "\\", "(", ")", "é", "😀", "www.", "example.org", "@",
    ];

    // Bodies stay small whatever size FsCheck asks for, so most of them hold nothing rare.
    private static Gen<string[]> Some(Gen<string> item, int most) => Gen.Choose(1, most).SelectMany(count => item.ArrayOf(count));

    private static Gen<string> Block(int depth)
    {
        var leaves = Gen.OneOf(
            Text(),
            Text().SelectMany(text => Gen.Choose(1, 6).Select(level => new string('#', level) + " " + text.Replace('\n', ' '))),
            Text().Select(text => text.Replace('\n', ' ') + "\n==="),
            Gen.Frequency((20, Gen.Elements(CommonLeaves)), (1, Gen.Elements(RareLeaves))));
        if (depth == 0)
        {
            return leaves;
        }

        var inner = Some(Block(depth - 1), 3).Select(blocks => string.Join("\n\n", blocks));
        return Gen.Frequency(
            (4, leaves),
            (1, inner.Select(text => Indent(text, "> ", "> "))),
            (1, List(inner, _ => "- ", "  ")),
            (1, Gen.Choose(0, 12).SelectMany(start => List(inner, i => $"{start + i}. ", "    "))));
    }

    // Items are tight or loose, and nest their blocks under the marker's indent.
    private static Gen<string> List(Gen<string> item, Func<int, string> marker, string indent) =>
        Some(item, 4).SelectMany(items => Gen.Elements("\n", "\n\n").Select(gap =>
            string.Join(gap, items.Select((text, i) => Indent(text, marker(i), indent)))));

    private static string Indent(string text, string first, string rest) =>
        first + text.Replace("\n", "\n" + rest, StringComparison.Ordinal);
}
