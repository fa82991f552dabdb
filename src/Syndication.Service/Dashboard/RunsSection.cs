using System.Globalization;
using System.Text;
using Syndication.Service.Publishing;

namespace Syndication.Service.Dashboard;

/// <summary>Recent runs: their durations as a chart, the latest as a table; and how notifying WebSub hubs goes.</summary>
internal static class RunsSection
{
    private const int TableRows = 10;

    public static void Append(StringBuilder html, StatusReport status)
    {
        html.Append("<section aria-labelledby=\"runs\"><h2 id=\"runs\">Runs</h2>");
        if (status.RecentRuns.Count == 0)
        {
            html.Append("<p>No run has finished since the service started.</p></section>");
            return;
        }

        html.Append("<div class=\"charts\">");
        DashboardCharts.RunDurations(html, status.RecentRuns);
        html.Append("</div><table class=\"runs\"><thead><tr><th>Started</th><th class=\"number\">Duration</th><th class=\"number\">Feeds</th><th>Result</th></tr></thead><tbody>");
        foreach (var run in status.RecentRuns.Reverse().Take(TableRows))
        {
            var (state, label) = run.Succeeded ? ("ok", "succeeded") : ("failed", "failed");
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.Time(run.StartedAt)}</td><td class=\"number\">{Html.Duration(run.DurationMs)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"number\">{run.Feeds}</td><td class=\"state {state}\">{label}</td></tr>");
        }

        html.Append("</tbody></table>");
        if (status.WebSub.Count > 0)
        {
            html.Append("<h3>WebSub hubs</h3><table><thead><tr><th>Hub</th><th class=\"number\">Delivered</th><th class=\"number\">Failed</th><th class=\"number\">Pending</th><th>Last error</th></tr></thead><tbody>");
            foreach (var hub in status.WebSub)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.Encode(hub.Hub)}</td><td class=\"number\">{hub.Delivered}</td><td class=\"number\">{hub.Failed}</td>")
                    .Append(CultureInfo.InvariantCulture, $"<td class=\"number\">{hub.Pending}</td><td>{Html.Encode(hub.LastError ?? "")}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("</section>");
    }
}
