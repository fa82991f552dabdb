using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Syndication.Core.Parsing;

/// <summary>
/// Keeps plain-text fields (titles, names, tags, descriptions) free of active markup. Many readers show RSS titles and
/// JSON Feed strings as HTML, so whatever an HTML parser would run or load there (scripts, style blocks, frames, objects,
/// forms, event handlers, script URLs) is removed and reported; text without it, angle brackets included, stays exactly as written.
/// </summary>
internal static partial class PlainText
{
    // Removing markup can expose more (text decoded from entities); each round is checked again by the parser.
    private const int MaxRounds = 4;
    private const int MaxTags = 64;

    // A parser and a context element per thread: building them costs more than parsing a title.
    private static readonly ThreadLocal<(HtmlParser Parser, IElement Context)> Parser = new(() =>
    {
        var parser = new HtmlParser();
        return (parser, parser.ParseDocument("").Body!);
    });

    public const string Hint = "This field is plain text, but some readers show it as HTML: scripts, style blocks, frames, embedded objects, "
        + "forms, event handlers and script URLs never reach them. Write harmless text such as 'a < b' as it is";

    /// <summary>
    /// The text with active markup removed, each kind of removal named in <paramref name="removed"/>; each HTML parse
    /// spends up to five of <paramref name="budget"/>, and once it is spent every '&lt;' of a text with tags is removed instead.
    /// </summary>
    public static string Clean(string text, ICollection<string> removed, ref int budget)
    {
        var tags = TagStart().Matches(text);
        if (tags.Count == 0 || tags.All(tag => IsPlainTag(text, tag.Index)))
        {
            return text;
        }

        // No plain text needs this much markup, and parsing deep nesting costs quadratic time: with no '<' nothing is markup.
        var refusal = tags.Count > MaxTags ? $"more than {MaxTags} tags" : budget < MaxRounds + 1 ? "too many values with markup in one file" : null;
        if (refusal is not null)
        {
            removed.Add($"every '<' ({refusal})");
            return text.Replace("<", "", StringComparison.Ordinal);
        }

        budget -= MaxRounds + 1;
        var found = false;
        for (var round = 0; round < MaxRounds && TagStart().IsMatch(text); round++)
        {
            var nodes = Parse(text);
            if (!ActiveMarkup.Strip(nodes, removed))
            {
                return text;
            }

            found = true;
            var rebuilt = new StringBuilder(text.Length);
            var endTags = EndTags(text);
            foreach (var node in nodes.Where(n => n.Parent is not null))
            {
                Write(node, rebuilt, endTags);
            }

            text = rebuilt.ToString();
        }

        if (found && TagStart().IsMatch(text) && ActiveMarkup.Strip(Parse(text), []))
        {
            removed.Add("every '<' (markup nested too deep to take apart)");
            text = text.Replace("<", "", StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The text parsed as a reader would parse it inside a page: as the content of an element in the body.</summary>
    private static List<INode> Parse(string text)
    {
        var (parser, context) = Parser.Value!;
        return [.. parser.ParseFragment(text, context)];
    }

    /// <summary>Writes what is left as the markup it was read from; in text, only a '&lt;' or '&amp;' the parser would act on becomes a reference.</summary>
    private static void Write(INode node, StringBuilder html, Dictionary<string, int> endTags)
    {
        switch (node)
        {
            case IText text:
                html.Append(Significant().Replace(text.Data, m => (m.Value[0] == '<' ? "&lt;" : "&amp;") + m.Value[1..]));
                break;
            case IComment comment:
                html.Append("<!--").Append(comment.Data).Append("-->");
                break;
            case IElement element:
                html.Append('<').Append(element.LocalName);
                foreach (var attribute in element.Attributes)
                {
                    html.Append(' ').Append(attribute.Name).Append("=\"")
                        .Append(attribute.Value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)).Append('"');
                }

                html.Append('>');
                foreach (var child in ActiveMarkup.Children(element))
                {
                    Write(child, html, endTags);
                }

                // The parser closes what the author left open; writing those end tags would put text in the field nobody wrote.
                if (!element.Flags.HasFlag(NodeFlags.SelfClosing) && endTags.GetValueOrDefault(element.LocalName) > 0)
                {
                    endTags[element.LocalName]--;
                    html.Append("</").Append(element.LocalName).Append('>');
                }

                break;
        }
    }

    /// <summary>How many end tags of each element name the text holds.</summary>
    private static Dictionary<string, int> EndTags(string text) =>
        EndTag().Matches(text).GroupBy(m => m.Groups[1].Value.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    [GeneratedRegex("</([A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex EndTag();

    /// <summary>A start or end tag without attributes whose element is not active: '&lt;b&gt;', '&lt;/template&gt;', '&lt;br/&gt;'.</summary>
    private static bool IsPlainTag(string text, int index) =>
        PlainTag().Match(text, index) is { Success: true } tag && !ActiveMarkup.IsActiveElement(tag.Groups[1].Value);

    // A tag name ends at HTML whitespace, '/' or '>'; anything else after it is an attribute, so the parser decides.
    [GeneratedRegex(@"\G</?([A-Za-z][A-Za-z0-9-]*)[\t\n\f\r ]*/?>")]
    private static partial Regex PlainTag();

    /// <summary>Where the HTML tokenizer would open a tag, end tag, comment or declaration; elsewhere '&lt;' is text.</summary>
    [GeneratedRegex("<[A-Za-z/!?]")]
    private static partial Regex TagStart();

    /// <summary>A '&lt;' that would open a tag or an '&amp;' that would start a character reference.</summary>
    [GeneratedRegex("<[A-Za-z/!?]|&[A-Za-z0-9#]")]
    private static partial Regex Significant();
}
