using System.Diagnostics.Metrics;
using Syndication.Service.Audience;
using Syndication.Service.Publishing;

namespace Syndication.Service.Metrics;

/// <summary>
/// Gauges read from the service's state when a scrape asks, never kept up to date on the request path: entries per
/// feed from the run history, and the audience from <see cref="AudienceQuery"/> (per channel, and in total, which is
/// not the sum: one reader of two channels is one reader).
/// </summary>
internal sealed class StateGauges
{
    public StateGauges(SyndicationMetrics metrics, RunHistory history, AudienceQuery audience, PollingStatistics pollers)
    {
        var meter = metrics.Meter;
        meter.CreateObservableGauge("syndication.feed.entries", () => history.All.Select(f => Measurement(f.Value.LastRun.Entries, f.Key)),
            "{entry}", "Entries in each feed's subscription document after its latest run.");
        meter.CreateObservableGauge("syndication.feed.subscribers", () => audience.Audience().Feeds.Select(f => Measurement(f.Subscribers, f.Feed)),
            "{subscriber}", "Subscribers aggregators report for each channel (latest count per aggregator and subscription).");
        meter.CreateObservableGauge("syndication.feed.direct_clients", () => audience.Audience().Feeds.Select(f => Measurement(f.DirectClients, f.Feed)),
            "{client}", "Distinct direct clients (address and User-Agent, no subscriber count) that polled each channel within the window.");
        meter.CreateObservableGauge("syndication.subscribers", () => audience.Audience().Subscribers,
            "{subscriber}", "Subscribers aggregators report, over all channels.");
        meter.CreateObservableGauge("syndication.direct_clients", () => (long)audience.Audience().DirectClients,
            "{client}", "Distinct direct clients over all channels within the window.");
        meter.CreateObservableGauge("syndication.polls.not_modified_ratio", () => pollers.NotModifiedShare,
            "1", "Of the subscription-document polls answered since start, the share answered 304 Not Modified.");
    }

    private static Measurement<long> Measurement(long value, string feed) => new(value, new KeyValuePair<string, object?>("feed", feed));
}
