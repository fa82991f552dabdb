using Syndication.Core.Model;

namespace Syndication.Core.Parsing;

/// <summary>
/// An article body as safe HTML, read within a <see cref="WorkBudget"/>: a body too costly to read is refused with an
/// error naming what and where, and only that article is held back.
/// </summary>
internal static class ArticleBody
{
    // Compiling the parsers' code on first use is not the first article's cost, so it happens before any budget starts.
    private static readonly Lazy<bool> Warm = new(() =>
    {
        var budget = new WorkBudget(TimeSpan.FromHours(1));
        var html = BodyFormat.FromMarkdown("# A\n\n*b* **c** [d](https://e.org/) <https://f.org> www.g.org `h`[^1]\n\n> i\n\n- j\n\n| k | l |\n|---|---|\n| m | n |\n\n[^1]: o\n\n<p style=\"color: red\">p</p>",
            1, "", [], budget, out _) ?? "";
        return HtmlSafety.Clean(html, "", [], budget).Length + (SanitiserShortcut.TryClean("<p>a</p>", budget)?.Length ?? 0) > 0;
    });

    /// <summary>The budget one article's front matter and body share, started once the parsers' code is compiled.</summary>
    public static WorkBudget NewBudget()
    {
        _ = Warm.Value;
        return new WorkBudget(WorkBudget.Default);
    }

    /// <summary>
    /// The body as sanitised HTML. Markdown without raw HTML usually takes <see cref="SanitiserShortcut"/>, which writes
    /// what the sanitiser would without building a document; everything else is sanitised in full.
    /// </summary>
    public static string? ToSafeHtml(string body, int firstLine, bool isMarkdown, string file, List<Problem> problems, WorkBudget work) =>
        Refusals.Catch(() =>
        {
            var hasRawHtml = true;
            var html = isMarkdown ? BodyFormat.FromMarkdown(body, firstLine, file, problems, work, out hasRawHtml) : BodyFormat.FromPlainText(body);
            return html is null ? null : (hasRawHtml ? null : SanitiserShortcut.TryClean(html, work)) ?? HtmlSafety.Clean(html, file, problems, work);
        }, file, "the article", problems);
}
