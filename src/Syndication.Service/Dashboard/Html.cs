using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Syndication.Service.Publishing;

namespace Syndication.Service.Dashboard;

/// <summary>The few pieces of HTML every dashboard section writes: encoded text, times, durations and problem lists.</summary>
internal static class Html
{
    public static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    /// <summary>A time in UTC, machine-readable in <c>datetime</c>; a dash when there is none.</summary>
    public static string Time(DateTimeOffset? time) =>
        time is { } t
            ? $"<time datetime=\"{t.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}\">{t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC</time>"
            : "—";

    public static string Duration(long? milliseconds) =>
        milliseconds is { } ms ? (ms < 1000 ? $"{ms} ms" : string.Create(CultureInfo.InvariantCulture, $"{ms / 1000.0:0.0} s")) : "—";

    public static string Number(long? value) => value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : "—";

    /// <summary>Problems as editors read them: file and line first, then what is wrong and how to fix it.</summary>
    public static void Problems(StringBuilder html, string kind, IReadOnlyList<ProblemReport> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<ul class=\"{kind}\">");
        foreach (var problem in problems)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><code>{Encode(problem.File)}:{problem.Line}</code> {Encode(problem.Message)}");
            if (problem.Hint is { Length: > 0 } hint)
            {
                html.Append(CultureInfo.InvariantCulture, $" <span class=\"hint\">{Encode(hint)}</span>");
            }

            html.Append("</li>");
        }

        html.Append("</ul>");
    }
}
