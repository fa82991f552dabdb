using System.Text;

namespace Syndication.Core.Tests.Parsing;

/// <summary>
/// Bodies made to be slow: every shape known to make a Markdown or HTML parser superlinear, each generated at any size.
/// Repeated units fill the size; nested units open n levels and (where the shape says so) close them again.
/// </summary>
internal static class SlowShapes
{
    public static readonly IReadOnlyDictionary<string, Func<int, string>> Markdown = new Dictionary<string, Func<int, string>>
    {
        ["unclosed links [a]("] = n => Repeat("[a](", n),
        ["unclosed link destinations [a](<"] = n => Repeat("[a](<b ", n),
        ["unclosed images ![a]("] = n => Repeat("![a](", n),
        ["image openers !["] = n => Repeat("![", n),
        ["brackets ["] = n => Repeat("[", n),
        ["closing brackets ]"] = n => Repeat("a]", n),
        ["nested brackets [[[x]]]"] = n => Nest("[", "]", n),
        ["nested links [[x](u)](u)"] = n => Nest("[", "](u)", n),
        ["nested parentheses [a]((((("] = n => "[a](" + Repeat("(", n - 4),
        ["emphasis runs *a**b***"] = n => Repeat("*a**b***", n),
        ["mixed delimiters *_"] = n => Repeat("*_", n),
        ["unmatched openers *a"] = n => Repeat("*a ", n),
        ["unmatched closers a*"] = n => Repeat(" a*", n),
        ["underscore runs _a__b___"] = n => Repeat("_a__b___", n),
        ["strong openers **a"] = n => Repeat("**a ", n),
        ["block quotes >>>>"] = n => Repeat(">", n),
        ["block quote lines"] = n => Lines(n, i => new string('>', i % 300) + " q"),
        ["list markers - - -"] = n => Repeat("- ", n),
        ["ordered list markers 1. 1."] = n => Repeat("1. ", n),
        ["indented lists"] = n => Lines(n, i => new string(' ', 2 * (i % 500)) + "- a"),
        ["backtick runs of growing length"] = n => Lines(n, i => new string('`', i % 2000 + 1) + "a"),
        ["unmatched backticks `a``"] = n => Repeat("`a``", n),
        ["HTML block lines"] = n => Repeat("<div>\n", n),
        ["inline HTML openers <a "] = n => Repeat("<a ", n),
        ["less-than signs"] = n => Repeat("<", n),
        ["consecutive link definitions"] = n => Lines(n, i => $"[r{i}]: /u{i}"),
        ["link definitions in a quote"] = n => Lines(n, i => $"> [r{i}]: /u{i} \"t\""),
        ["separate link definitions"] = n => Lines(n, i => $"[r{i}]: /u{i}\n"),
        ["reference links [a][b]"] = n => "[b]: /u\n\n" + Repeat("[a][b]", n),
        ["wide pipe table"] = n => "|" + Repeat("a|", n / 2) + "\n|" + Repeat("-|", n / 2) + "\n",
        ["long pipe table"] = n => "|a|b|\n|-|-|\n" + Repeat("|a|b|\n", n),
        ["pipe rows without a header"] = n => Repeat("|a|b|c|\n", n),
        ["footnote references"] = n => "[^a]: x\n\n" + Repeat("[^a]", n),
        ["footnote definitions"] = n => Lines(n, i => $"[^f{i}]: x [^f{i}]\n"),
        ["nested footnote definitions"] = n => Repeat("[^a]: ", n),
        ["bare autolinks www."] = n => Repeat("www.a ", n),
        ["URL openers http://"] = n => Repeat("http://", n),
        ["angle autolinks <http://a"] = n => Repeat("<http://a", n),
        ["autolinks with parentheses"] = n => Repeat("http://a.b/(", n),
        ["entity references &amp;"] = n => Repeat("&amp;", n),
        ["entity openers &#"] = n => Repeat("&#", n),
        ["backslashes"] = n => Repeat("\\", n),
        ["setext underlines"] = n => Repeat("a\n=\n", n),
        ["headings"] = n => Repeat("# h\n", n),
        ["plain prose"] = n => Repeat("Plain prose with *emphasis*, a [link](https://example.org/) and `code`.\n\n", n),
    };

    public static readonly IReadOnlyDictionary<string, Func<int, string>> Html = new Dictionary<string, Func<int, string>>
    {
        ["nested <div>"] = n => Repeat("<div>", n),
        ["nested and closed <span>"] = n => Nest("<span>", "</span>", n),
        ["nested <b>"] = n => Repeat("<b>", n),
        ["nested <a>"] = n => Repeat("<a>", n),
        ["nested <blockquote>"] = n => Repeat("<blockquote>", n),
        ["nested lists <ul><li>"] = n => Repeat("<ul><li>", n),
        ["nested tables"] = n => Repeat("<table><tr><td>", n),
        ["formatting elements"] = n => Repeat("<b><i><u><s><em><strong><font><tt><big><small><nobr><code>", n),
        ["formatting across paragraphs"] = n => Repeat("<p><b x=1><i x=2>a", n),
        ["formatting with distinct attributes"] = n => Repeat($"<b a=1>", n / 2) + Repeat("<p>x", n / 2),
        ["unclosed <p>"] = n => Repeat("<p>", n),
        ["sibling paragraphs"] = n => Repeat("<p>x</p>\n", n),
        ["sibling scripts"] = n => Repeat("<script>x</script>", n),
        ["sibling forms"] = n => Repeat("<form><input name=a></form>", n),
        ["fostered table text"] = n => Repeat("<table></table>", n / 2) + "<table>" + Repeat("x<i></i>", n / 2),
        ["table cells"] = n => "<table>" + Repeat("<td>", n),
        ["select options"] = n => Repeat("<select><option>", n),
        ["many attributes"] = n => "<p " + Fill(n - 8, i => $"a{i}=\"x\" ") + ">x</p>",
        ["many event handlers"] = n => "<p " + Fill(n - 8, i => $"onx{i}=\"y\" ") + ">x</p>",
        ["huge attribute value"] = n => "<p title=\"" + Repeat("x", n) + "\">x</p>",
        ["long style attribute"] = n => "<p style=\"" + Repeat("color:red;", n) + "\">x</p>",
        ["long broken style"] = n => "<p style=\"" + Repeat("a:(", n) + "\">x</p>",
        ["many short styles"] = n => Repeat("<span style=\"position:fixed;top:0\">x</span>", n),
        ["comments"] = n => Repeat("<!--x-->", n),
        ["unclosed comment"] = n => "<!--" + Repeat("x", n),
        ["unclosed tags <x"] = n => Repeat("<x", n),
        ["unclosed attribute quotes"] = n => Repeat("<a title=\"", n),
    };

    /// <summary>Front matter (the YAML between the fences, after a title line) made to be slow to load or to multiply what it reports; long text goes under a key nobody reads.</summary>
    public static readonly IReadOnlyDictionary<string, Func<int, string>> FrontMatter = new Dictionary<string, Func<int, string>>
    {
        ["unknown keys"] = n => Lines(n, i => $"k{i}: v"),
        ["keys that look like typos"] = n => Lines(n, i => $"titl{i}: v"),
        ["flow list"] = n => "tags: [" + Fill(n - 16, i => $"t{i}, ") + "x]\n",
        ["flow list of one letter"] = n => "tags: [" + Repeat("a,", n - 16) + "a]\n",
        ["block list"] = n => "tags:\n" + Lines(n - 8, i => $"  - t{i}"),
        ["long plain scalar"] = n => "notes: " + Repeat("x", n - 16) + "\n",
        ["long plain scalar of words"] = n => "notes: " + Repeat("a ", n - 16) + "\n",
        ["long double-quoted escapes"] = n => "notes: \"" + Repeat("\\u0041", n - 16) + "\"\n",
        ["long single-quoted quotes"] = n => "notes: '" + Repeat("a''", n - 16) + "'\n",
        ["multi-line plain scalar"] = n => "notes: a\n" + Repeat("  b\n", n - 16),
        ["folded scalars"] = n => Fill(n, i => $"k{i}: >\n  a\n  b\n\n  c\n"),
        ["literal scalars"] = n => Fill(n, i => $"k{i}: |\n  a\n  b\n"),
        ["deep block mappings"] = n => Fill(n, i => $"k{i}:\n" + string.Concat(Enumerable.Range(1, 14).Select(d => new string(' ', 2 * d) + "a:\n")) + new string(' ', 30) + "b: c\n"),
        ["deep flow lists"] = n => Lines(n, i => $"k{i}: " + new string('[', 15) + new string(']', 15)),
        ["anchors without aliases"] = n => Lines(n, i => $"k{i}: &a{i} v"),
        ["tags on values"] = n => Lines(n, i => $"k{i}: !t{i} v"),
        ["explicit keys"] = n => Lines(n, i => $"? k{i}\n: v"),
        ["comments"] = n => Lines(n, i => $"# comment {i}"),
        ["one long comment"] = n => "# " + Repeat("x", n - 8) + "\n",
        ["long flow mapping on one line"] = n => "source: {" + Fill(n - 16, i => $"a{i}: b, ") + "name: y}\n",
        ["authors with unsafe addresses"] = n => "authors:\n" + Lines(n - 8, i => $"  - {{name: a{i}, uri: 'javascript:x{i}', email: 'no{i}'}}"),
        ["authors with unknown keys"] = n => "authors:\n" + Lines(n - 8, i => $"  - {{name: a{i}, zz{i}: x}}"),
        ["authors without names"] = n => "authors:\n" + Lines(n - 8, i => $"  - {{email: a{i}@example.org}}"),
        ["tags with active markup"] = n => "tags:\n" + Lines(n - 8, i => $"  - \"<script>x</script>t{i}\""),
        ["tags with control characters"] = n => "tags:\n" + Lines(n - 8, i => $"  - \"t\\x01{i}\""),
        ["blank lines"] = n => Repeat("\n", n),
    };

    private static string Repeat(string unit, int size)
    {
        var text = new StringBuilder(size + unit.Length);
        while (text.Length + unit.Length <= size)
        {
            text.Append(unit);
        }

        return text.ToString();
    }

    private static string Nest(string open, string close, int size)
    {
        var levels = size / (open.Length + close.Length);
        return Repeat(open, levels * open.Length) + "x" + Repeat(close, levels * close.Length);
    }

    private static string Lines(int size, Func<int, string> line) => Fill(size, i => line(i) + "\n");

    private static string Fill(int size, Func<int, string> unit)
    {
        var text = new StringBuilder(size);
        for (var i = 0; ; i++)
        {
            var next = unit(i);
            if (text.Length + next.Length > size)
            {
                return text.ToString();
            }

            text.Append(next);
        }
    }
}
