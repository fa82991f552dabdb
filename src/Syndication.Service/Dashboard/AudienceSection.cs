using System.Globalization;
using System.Text;
using Syndication.Service.Publishing;

namespace Syndication.Service.Dashboard;

/// <summary>Who reads the feeds (subscriber counts and direct clients) and how the busiest clients poll.</summary>
internal static class AudienceSection
{
    public static void Append(StringBuilder html, StatusReport status)
    {
        var audience = status.Audience;
        html.Append("<section aria-labelledby=\"audience\"><h2 id=\"audience\">Audience</h2><div class=\"totals\">")
            .Append(CultureInfo.InvariantCulture, $"<div><b>{Html.Number(audience.Readers)}</b>readers</div><div><b>{Html.Number(audience.Subscribers)}</b>subscribers</div>")
            .Append(CultureInfo.InvariantCulture, $"<div><b>{Html.Number(audience.DirectClients)}</b>direct clients</div></div>");
        if (audience.Feeds.Count > 0)
        {
            html.Append("<table class=\"audience\"><thead><tr><th>Feed</th><th class=\"number\">Readers</th><th class=\"number\">Subscribers</th><th class=\"number\">Direct clients</th><th>Aggregators</th></tr></thead><tbody>");
            foreach (var feed in audience.Feeds)
            {
                var aggregators = string.Join(", ", feed.Aggregators.Select(a => $"{a.Aggregator} {a.Subscribers.ToString("N0", CultureInfo.InvariantCulture)}"));
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.Encode(feed.Feed)}</td><td class=\"number\">{Html.Number(feed.Readers)}</td>")
                    .Append(CultureInfo.InvariantCulture, $"<td class=\"number\">{Html.Number(feed.Subscribers)}</td><td class=\"number\">{Html.Number(feed.DirectClients)}</td>")
                    .Append(CultureInfo.InvariantCulture, $"<td>{Html.Encode(aggregators)}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("</section><section aria-labelledby=\"pollers\"><h2 id=\"pollers\">Pollers</h2>");
        if (status.Pollers.Count == 0)
        {
            html.Append("<p>No client has polled a feed yet.</p></section>");
            return;
        }

        html.Append("<div class=\"charts\">");
        DashboardCharts.PollsPerAggregator(html, PollerGroup.From(status.Pollers));
        DashboardCharts.NotModifiedShare(html, status.Pollers.Sum(p => p.NotModified), status.Pollers.Sum(p => p.Requests));
        html.Append("</div><table class=\"pollers\"><thead><tr><th>Client</th><th>User-Agent</th><th class=\"number\">Polls</th><th class=\"number\">304</th><th class=\"number\">Median interval</th><th>Etiquette</th></tr></thead><tbody>");
        foreach (var poller in status.Pollers)
        {
            var etiquette = string.Join("; ", new[] { poller.PollsFasterThanCache ? "polls faster than CacheSeconds" : null, poller.IgnoresConditionalGet ? "ignores 304" : null,
                poller.Refused > 0 ? $"{poller.Refused} refused" : null }.OfType<string>());
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.Encode(poller.Address)}</td><td>{Html.Encode(poller.UserAgent)}</td><td class=\"number\">{Html.Number(poller.Requests)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"number\">{poller.NotModifiedShare * 100:0}%</td><td class=\"number\">{(poller.MedianIntervalSeconds is { } s ? $"{s:0} s" : "—")}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"{(etiquette.Length > 0 ? "error" : "")}\">{Html.Encode(etiquette.Length > 0 ? etiquette : "fine")}</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }
}
