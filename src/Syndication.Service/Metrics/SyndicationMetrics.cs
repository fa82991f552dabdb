using System.Diagnostics.Metrics;
using Syndication.Service.Publishing;

namespace Syndication.Service.Metrics;

/// <summary>
/// The service's own instruments, on System.Diagnostics.Metrics so the exporter can change without touching the call
/// sites. Tags are constants: recording allocates nothing beyond what the instrument API needs.
/// </summary>
internal sealed class SyndicationMetrics
{
    public const string MeterName = "Syndication";

    // From a 10 ms incremental run to a five-minute rebuild of a large archive.
    private static readonly double[] RunSeconds = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

    private static readonly KeyValuePair<string, object?> Succeeded = new("outcome", "succeeded");
    private static readonly KeyValuePair<string, object?> Failed = new("outcome", "failed");
    private static readonly KeyValuePair<string, object?> Delivered = new("outcome", "delivered");

    private readonly Counter<long> _runs;
    private readonly Histogram<double> _runDuration;
    private readonly Counter<long> _compressionSaved;
    private readonly Counter<long> _webSubPings;

    public SyndicationMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _runs = meter.CreateCounter<long>("syndication.runs", "{run}", "Finished regeneration runs, by outcome (failed: any feed or the site had an error).");
        _runDuration = meter.CreateHistogram("syndication.run.duration", "s", "How long whole regeneration runs took.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = RunSeconds });
        _compressionSaved = meter.CreateCounter<long>("syndication.compression.saved", "By",
            "Bytes not sent thanks to compression: the identity length minus the length sent, for each compressed 200 response, by coding.");
        _webSubPings = meter.CreateCounter<long>("syndication.websub.pings", "{ping}", "Publish notifications sent to WebSub hubs, by outcome.");
        Meter = meter;
    }

    /// <summary>The meter, for the gauges that read the service's state when scraped.</summary>
    public Meter Meter { get; }

    public void RunFinished(RunReport report)
    {
        _runs.Add(1, report.Succeeded ? Succeeded : Failed);
        _runDuration.Record(report.DurationMs / 1000.0, report.Succeeded ? Succeeded : Failed);
    }

    public void Compressed(string coding, int identityLength, int sentLength) =>
        _compressionSaved.Add(identityLength - sentLength, new KeyValuePair<string, object?>("coding", coding));

    public void WebSubPing(bool delivered) => _webSubPings.Add(1, delivered ? Delivered : Failed);
}
