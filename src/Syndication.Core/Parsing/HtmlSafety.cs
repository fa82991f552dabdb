using Ganss.Xss;
using Syndication.Core.Model;

namespace Syndication.Core.Parsing;

/// <summary>
/// Sanitises article HTML with HtmlSanitizer before it reaches any document or page, under <see cref="SafeHtmlPolicy"/>:
/// no scripts, frames, objects, style blocks, event handlers, javascript:/vbscript:/data: URLs, forms or their
/// controls, or CSS that positions or layers content. Each kind of removal is reported once per file.
/// </summary>
internal static class HtmlSafety
{
    private const string RemovalHint = "Scripts, frames, embedded objects, style blocks, event handlers, forms and their controls, "
        + "CSS that positions, layers, moves or loads content (position, z-index, transform, negative margins, url()) "
        + "and javascript:, vbscript: or data: URLs never reach readers";

    // Without event handlers a sanitiser only reads its settings, so one serves every thread.
    private static readonly HtmlSanitizer Shared = SafeHtmlPolicy.Sanitizer();

    // Building a sanitiser copies every default list, so each thread keeps one whose handlers report to the current call.
    [ThreadStatic]
    private static Reporting? _perThread;

    /// <summary>The sanitised HTML; throws <see cref="ArticleRefusedException"/> when the HTML is too costly to read (see <see cref="HtmlGuard"/>).</summary>
    public static string Clean(string html, string file, ICollection<Problem> problems, WorkBudget budget)
    {
        var reporting = _perThread ??= new Reporting();
        var removed = reporting.Start(budget);
        var guard = new HtmlGuard(budget);
        using var document = SafeHtmlPolicy.Parser(guard.Options).ParseDocument("<!doctype html><html><body>" + html);
        var body = document.Body!;
        guard.CheckTree(body);
        reporting.Sanitizer.SanitizeDom(document, body);
        var clean = HtmlSerializer.ChildrenOf(body, reporting.Sanitizer.OutputFormatter, budget);
        foreach (var what in removed)
        {
            problems.Add(Problem.Warning(file, 0, $"removed unsafe HTML: {what}", RemovalHint));
        }

        return clean;
    }

    /// <summary>Sanitises HTML that was cleaned when it was read (so within every limit), resolving relative URLs against <paramref name="baseUrl"/>.</summary>
    public static string Resolve(string html, string baseUrl) => SanitiserShortcut.TryResolve(html, baseUrl) ?? ResolveInFull(html, baseUrl);

    /// <summary><see cref="Resolve"/> through a parsed document, whatever the HTML: what the shortcut is checked against.</summary>
    internal static string ResolveInFull(string html, string baseUrl)
    {
        using var document = Shared.SanitizeDom(html, baseUrl);
        return HtmlSerializer.ChildrenOf(document.Body!, Shared.OutputFormatter);
    }

    /// <summary>A sanitiser whose removals are named in the set of the call under way, each removal also a checkpoint of its budget.</summary>
    private sealed class Reporting
    {
        private SortedSet<string> _removed = [];
        private WorkBudget? _budget;

        public Reporting()
        {
            Sanitizer.RemovingTag += (_, e) => Removed($"<{e.Tag.NodeName.ToLowerInvariant()}> element");
            Sanitizer.RemovingAttribute += (_, e) => Removed($"'{e.Attribute.Name}' attribute on <{e.Tag.NodeName.ToLowerInvariant()}>");
            Sanitizer.RemovingStyle += (_, e) => Removed($"style '{e.Style.Name}'");
            Sanitizer.RemovingAtRule += (_, e) => Removed("CSS at-rule");
            Sanitizer.RemovingCssClass += (_, e) => Removed($"class '{e.CssClass}'");
        }

        public HtmlSanitizer Sanitizer { get; } = SafeHtmlPolicy.Sanitizer();

        /// <summary>A new set for a new call: one refused before it finished leaves nothing behind for the next.</summary>
        public SortedSet<string> Start(WorkBudget budget)
        {
            _budget = budget;
            return _removed = new SortedSet<string>(StringComparer.Ordinal);
        }

        // Removing a node costs a scan of its siblings.
        private void Removed(string what)
        {
            _budget!.Check("removing unsafe HTML", 0);
            _removed.Add(what);
        }
    }
}
