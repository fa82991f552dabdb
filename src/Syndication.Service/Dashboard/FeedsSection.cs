using System.Globalization;
using System.Text;
using Syndication.Service.Publishing;

namespace Syndication.Service.Dashboard;

/// <summary>Each feed's state, latest run, next run and problems, with its regenerate button; and the button for all.</summary>
internal static class FeedsSection
{
    public static void Append(StringBuilder html, StatusReport status, string admin)
    {
        html.Append("<section aria-labelledby=\"feeds\"><h2 id=\"feeds\">Feeds</h2>")
            .Append(CultureInfo.InvariantCulture, $"<div><form method=\"post\" action=\"{admin}\"><button type=\"submit\">Regenerate all</button></form></div>")
            .Append("<table class=\"feeds\"><thead><tr><th>Feed</th><th>State</th><th>Last run</th><th>Last success</th><th class=\"number\">Duration</th>")
            .Append("<th class=\"number\">Entries</th><th>Next run</th><th></th></tr></thead><tbody>");
        foreach (var feed in status.Feeds)
        {
            var name = Html.Encode(feed.Feed);
            var (state, label) = State(feed);
            html.Append(CultureInfo.InvariantCulture, $"<tr data-feed=\"{name}\"><td>{name}</td><td class=\"state {state}\">{label}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{Html.Time(feed.LastRun)}</td><td>{Html.Time(feed.LastSuccess)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"number\">{Html.Duration(feed.DurationMs)}</td><td class=\"number\">{Html.Number(feed.Entries)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{Html.Time(feed.NextRun)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td><form method=\"post\" action=\"{admin}\"><input type=\"hidden\" name=\"{DashboardEndpoints.FeedField}\" value=\"{name}\">")
                .Append(CultureInfo.InvariantCulture, $"<button type=\"submit\" aria-label=\"Regenerate {name}\">Regenerate</button></form></td></tr>");
            if (feed.Errors.Count + feed.Warnings.Count > 0)
            {
                html.Append("<tr class=\"problems\"><td></td><td colspan=\"7\">");
                Html.Problems(html, "errors", feed.Errors);
                Html.Problems(html, "warnings", feed.Warnings);
                html.Append("</td></tr>");
            }
        }

        html.Append("</tbody></table>");
        if (status.LastRun is { Errors.Count: > 0 } run)
        {
            html.Append("<h3>Errors outside any feed</h3>");
            Html.Problems(html, "errors", run.Errors);
        }

        if (status.OutputFolder.Warnings.Count > 0)
        {
            html.Append("<h3>Output folder</h3><ul class=\"warnings\">");
            html.AppendJoin("", status.OutputFolder.Warnings.Select(w => $"<li>{Html.Encode(w)}</li>")).Append("</ul>");
        }

        html.Append("</section>");
    }

    private static (string Class, string Label) State(FeedStatus feed) => feed switch
    {
        { LastRun: null } => ("never", "not run yet"),
        { Errors.Count: > 0 } => ("failed", "errors"),
        { Warnings.Count: > 0 } => ("warnings", "warnings"),
        _ => ("ok", "ok"),
    };
}
