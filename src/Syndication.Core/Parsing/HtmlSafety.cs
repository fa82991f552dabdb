using Ganss.Xss;
using Syndication.Core.Model;

namespace Syndication.Core.Parsing;

/// <summary>
/// Sanitises article HTML with HtmlSanitizer before it reaches any document or page: no scripts, frames, objects,
/// style blocks, event handlers or javascript:/vbscript:/data: URLs. Each kind of removal is reported once per file.
/// </summary>
internal static class HtmlSafety
{
    public static string Clean(string html, string file, ICollection<Problem> problems)
    {
        var removed = new SortedSet<string>(StringComparer.Ordinal);
        var sanitizer = new HtmlSanitizer();
        sanitizer.RemovingTag += (_, e) => removed.Add($"<{e.Tag.NodeName.ToLowerInvariant()}> element");
        sanitizer.RemovingAttribute += (_, e) => removed.Add($"'{e.Attribute.Name}' attribute on <{e.Tag.NodeName.ToLowerInvariant()}>");
        sanitizer.RemovingStyle += (_, e) => removed.Add($"style '{e.Style.Name}'");
        sanitizer.RemovingAtRule += (_, e) => removed.Add("CSS at-rule");
        sanitizer.RemovingCssClass += (_, e) => removed.Add($"class '{e.CssClass}'");
        var clean = sanitizer.Sanitize(html);
        foreach (var what in removed)
        {
            problems.Add(Problem.Warning(file, 0, $"removed unsafe HTML: {what}",
                "Scripts, frames, embedded objects, style blocks, event handlers and javascript:, vbscript: or data: URLs never reach readers"));
        }

        return clean;
    }
}
