using System.Net;
using System.Text.RegularExpressions;
using Markdig;

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

    public static string FromMarkdown(string body) => Markdig.Markdown.ToHtml(body, Markdown).Trim();

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
