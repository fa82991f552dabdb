using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Syndication.Core.Model;

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

    public const string Hint = "This field is plain text, but some readers show it as HTML: scripts, style blocks, frames, embedded objects, "
        + "forms, event handlers and script URLs never reach them. Write harmless text such as 'a < b' as it is";

    /// <summary>The text with active markup removed, each kind of removal reported once on <paramref name="line"/>.</summary>
    public static string Clean(string text, string key, string file, int line, List<Problem> problems)
    {
        if (!TagStart().IsMatch(text))
        {
            return text;
        }

        var removed = new SortedSet<string>(StringComparer.Ordinal);
        for (var round = 0; round < MaxRounds && TagStart().IsMatch(text); round++)
        {
            var container = Parse(text);
            if (!ActiveMarkup.Strip(container.ChildNodes, removed))
            {
                break;
            }

            var rebuilt = new StringBuilder(text.Length);
            foreach (var node in container.ChildNodes)
            {
                Write(node, rebuilt);
            }

            text = rebuilt.ToString();
        }

        if (removed.Count > 0 && TagStart().IsMatch(text) && ActiveMarkup.Strip(Parse(text).ChildNodes, []))
        {
            // Still active after every round: with no '<' left, nothing in the text can be markup.
            removed.Add("every '<' (markup nested too deep to take apart)");
            text = text.Replace("<", "", StringComparison.Ordinal);
        }

        foreach (var what in removed)
        {
            problems.Add(Problem.Warning(file, line, $"removed unsafe HTML from '{key}': {what}", Hint));
        }

        return text;
    }

    /// <summary>The text parsed as a reader would parse it inside a page: as the content of an element in the body.</summary>
    private static IElement Parse(string text)
    {
        var container = new HtmlParser().ParseDocument("").CreateElement("div");
        container.InnerHtml = text;
        return container;
    }

    /// <summary>Writes what is left as the markup it was read from; in text, only a '&lt;' or '&amp;' the parser would act on becomes a reference.</summary>
    private static void Write(INode node, StringBuilder html)
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
                var children = element is IHtmlTemplateElement template ? template.Content.ChildNodes : element.ChildNodes;
                foreach (var child in children)
                {
                    Write(child, html);
                }

                if (!element.Flags.HasFlag(NodeFlags.SelfClosing))
                {
                    html.Append("</").Append(element.LocalName).Append('>');
                }

                break;
        }
    }

    /// <summary>Where the HTML tokenizer would open a tag, end tag, comment or declaration; elsewhere '&lt;' is text.</summary>
    [GeneratedRegex("<[A-Za-z/!?]")]
    private static partial Regex TagStart();

    /// <summary>A '&lt;' that would open a tag or an '&amp;' that would start a character reference.</summary>
    [GeneratedRegex("<[A-Za-z/!?]|&[A-Za-z0-9#]")]
    private static partial Regex Significant();
}
