using System.Globalization;
using System.Text;
using Syndication.Service.Publishing;

namespace Syndication.Service.Dashboard;

/// <summary>
/// Small inline SVG charts, drawn on the server with presentation attributes only (no style attributes, no script), so
/// the page's CSP needs nothing more. Each mark has a title with its exact value for those who hover.
/// </summary>
internal static class DashboardCharts
{
    private const int Width = 480;
    private const int Height = 160;
    private const int Axis = 20;
    private const string Ok = "#3b82c4";
    private const string Failed = "#b3261e";
    private const string NotModified = "#1c7c3c";
    private const string Full = "#c9ced6";

    /// <summary>One bar per recent run, oldest on the left, height by duration; failed runs in red.</summary>
    public static void RunDurations(StringBuilder html, IReadOnlyList<RunDuration> runs)
    {
        var longest = Math.Max(1, runs.Max(r => r.DurationMs));
        var slot = (double)(Width - Axis) / Math.Max(runs.Count, 10);
        var plot = Height - Axis;
        Open(html, "run-durations", $"Run durations of the latest {runs.Count} runs, longest {Html.Duration(longest)}");
        Text(html, 0, 10, $"{Html.Duration(longest)}");
        Line(html, Axis, plot, Width, plot);
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            var height = Math.Max(1, plot * 0.9 * run.DurationMs / longest);
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Axis + i * slot + 1:0.#}\" y=\"{plot - height:0.#}\" width=\"{Math.Max(1, slot - 2):0.#}\" height=\"{height:0.#}\" fill=\"{(run.Succeeded ? Ok : Failed)}\">")
                .Append(CultureInfo.InvariantCulture, $"<title>{run.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC: {Html.Duration(run.DurationMs)}, {run.Feeds} feeds{(run.Succeeded ? "" : ", failed")}</title></rect>");
        }

        Text(html, Axis, Height - 4, $"{runs[0].StartedAt.UtcDateTime:HH:mm}");
        Text(html, Width, Height - 4, $"{runs[^1].StartedAt.UtcDateTime:HH:mm} UTC", "end");
        Close(html, "Run durations over time");
    }

    /// <summary>One bar per client kind, its length by polls, split into those answered 304 (green) and the rest.</summary>
    public static void PollsPerAggregator(StringBuilder html, IReadOnlyList<PollerGroup> groups)
    {
        const int Row = 18, Label = 150;
        var most = Math.Max(1, groups.Max(g => g.Requests));
        var height = groups.Count * Row + 4;
        Open(html, "polls-per-aggregator", "Polls per aggregator, the part answered 304 in green", height);
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            var y = i * Row + 2;
            var full = (Width - Label - 50) * (double)group.Requests / most;
            var saved = full * group.NotModified / Math.Max(1, group.Requests);
            Text(html, 0, y + 12, group.Name.Length > 24 ? group.Name[..24] + "…" : group.Name);
            Bar(html, Label, y, full, Full, $"{group.Name}: {group.Requests} polls");
            Bar(html, Label, y, saved, NotModified, $"{group.Name}: {group.NotModified} answered 304");
            Text(html, Label + full + 4, y + 12, Html.Number(group.Requests));
        }

        Close(html, "Polls per aggregator (green: 304 Not Modified)");
    }

    /// <summary>A ring whose green part is the share of polls answered 304, the share in its middle.</summary>
    public static void NotModifiedShare(StringBuilder html, long notModified, long requests)
    {
        var share = requests == 0 ? 0 : 100.0 * notModified / requests;
        html.Append(CultureInfo.InvariantCulture, $"<figure><svg class=\"not-modified-share\" viewBox=\"0 0 42 42\" width=\"{Height}\" height=\"{Height}\" role=\"img\" aria-label=\"{share:0}% of polls answered 304\">")
            .Append(CultureInfo.InvariantCulture, $"<circle cx=\"21\" cy=\"21\" r=\"15.9155\" fill=\"none\" stroke=\"{Full}\" stroke-width=\"6\"/>")
            .Append(CultureInfo.InvariantCulture, $"<circle cx=\"21\" cy=\"21\" r=\"15.9155\" fill=\"none\" stroke=\"{NotModified}\" stroke-width=\"6\" stroke-dasharray=\"{share:0.##} {100 - share:0.##}\" stroke-dashoffset=\"25\">")
            .Append(CultureInfo.InvariantCulture, $"<title>{notModified} of {requests} polls answered 304</title></circle>")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"21\" y=\"24\" text-anchor=\"middle\">{share:0}%</text></svg>")
            .Append("<figcaption>Polls answered 304</figcaption></figure>");
    }

    private static void Open(StringBuilder html, string name, string label, int height = Height) =>
        html.Append(CultureInfo.InvariantCulture, $"<figure><svg class=\"{name}\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-label=\"{Html.Encode(label)}\">");

    private static void Close(StringBuilder html, string caption) => html.Append(CultureInfo.InvariantCulture, $"</svg><figcaption>{caption}</figcaption></figure>");

    private static void Bar(StringBuilder html, double x, double y, double width, string fill, string title) =>
        html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{width:0.#}\" height=\"14\" fill=\"{fill}\"><title>{Html.Encode(title)}</title></rect>");

    private static void Text(StringBuilder html, double x, double y, string text, string anchor = "start") =>
        html.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" text-anchor=\"{anchor}\">{Html.Encode(text)}</text>");

    private static void Line(StringBuilder html, double x1, double y1, double x2, double y2) =>
        html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x1}\" y1=\"{y1}\" x2=\"{x2}\" y2=\"{y2}\" stroke=\"{Full}\"/>");
}
