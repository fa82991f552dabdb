using System.Net;
using System.Text.RegularExpressions;
using Markdig;
using Syndication.Core.Model;

namespace Syndication.Core.Parsing;

/// <summary>Turns an article body into HTML: Markdown through Markdig, plain text into escaped paragraphs.</summary>
internal static partial class BodyFormat
{
    // No typographic replacements: the author's characters reach readers exactly as written.
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseFootnotes()
        .Build();

    /// <summary>The body as HTML; null, with an error reported, when Markdig refuses it (it limits nesting depth).</summary>
    public static string? FromMarkdown(string body, string file, ICollection<Problem> problems)
    {
        try
        {
            return Markdig.Markdown.ToHtml(body, Markdown).Trim();
        }
        catch (ArgumentException e)
        {
            problems.Add(Problem.Error(file, 0, $"the Markdown cannot be rendered: {e.Message}", "Reduce the nesting of lists, quotes or tables"));
            return null;
        }
    }

    /// <summary>Paragraphs are separated by blank lines; nothing in the text is markup.</summary>
    public static string FromPlainText(string body)
    {
        var paragraphs = BlankLine().Split(body)
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>");
        return string.Join('\n', paragraphs);
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLine();
}
