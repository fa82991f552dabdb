using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Syndication.Core.Model;

namespace Syndication.Core.Parsing;

/// <summary>Turns an article body into HTML: Markdown through Markdig, plain text into escaped paragraphs.</summary>
internal static partial class BodyFormat
{
    /// <summary>Blocks and inlines one article may have; a long real article has a few thousand.</summary>
    public const int MaxMarkdownNodes = 100_000;

    // No typographic replacements: the author's characters reach readers exactly as written.
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseFootnotes()
        .Use<MarkdownCheckpoints>()
        .Build();

    /// <summary>
    /// The body as HTML; null, with an error reported, when Markdig refuses it (it limits nesting depth). Throws
    /// <see cref="ArticleRefusedException"/> when the body is too costly to read. <paramref name="hasRawHtml"/> tells
    /// whether the author wrote HTML of their own, which Markdig passes on as it is.
    /// </summary>
    public static string? FromMarkdown(string body, int firstLine, string file, ICollection<Problem> problems, WorkBudget budget, out bool hasRawHtml)
    {
        MarkdownShape.Check(body, firstLine);
        hasRawHtml = false;
        try
        {
            var document = Markdig.Markdown.Parse(body, Markdown, MarkdownCheckpoints.Context(budget, firstLine));
            var nodes = 0;
            foreach (var node in document.Descendants())
            {
                nodes++;
                hasRawHtml |= node is HtmlBlock or Markdig.Syntax.Inlines.HtmlInline;
            }

            if (nodes > MaxMarkdownNodes)
            {
                throw new ArticleRefusedException(0, $"the Markdown has {nodes:N0} elements (paragraphs, links, emphasis, table cells...), more than {MaxMarkdownNodes:N0}",
                    "Split the article into several");
            }

            return Render(document);
        }
        catch (ArgumentException e)
        {
            problems.Add(Problem.Error(file, 0, $"the Markdown cannot be rendered: {e.Message}", "Reduce the nesting of lists, quotes or tables"));
            return null;
        }
    }

    // Characters of buffer a thread keeps between articles: an article ten times longer than most still fits.
    internal const int KeptCapacity = 1 << 20;

    // One writer per thread, so the HTML is copied out once, already trimmed, rather than once whole and again trimmed.
    [ThreadStatic]
    private static StringWriter? _writer;

    private static string Render(MarkdownDocument document)
    {
        var writer = _writer ??= new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var html = writer.GetStringBuilder().Clear();
        document.ToHtml(writer, Markdown);
        var (start, end) = (0, html.Length);
        while (start < end && char.IsWhiteSpace(html[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(html[end - 1]))
        {
            end--;
        }

        var text = html.ToString(start, end - start);
        _writer = html.Capacity > KeptCapacity ? null : writer;
        return text;
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
