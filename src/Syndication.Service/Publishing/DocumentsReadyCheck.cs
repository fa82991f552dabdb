using Microsoft.Extensions.Diagnostics.HealthChecks;
using Syndication.Core.Rendering;
using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>
/// Ready when every feed has its documents published (before the first run, the persisted ones count). Degraded, still
/// serving the last good documents, when the latest run failed for a feed or as a whole. The answer is worked out once
/// per finished run, not per request, and is public: it names feeds, never paths or error text (those are on /admin/status).
/// </summary>
internal sealed class DocumentsReadyCheck(FeedSourceReader sources, IDocumentStore store, RunHistory history) : IHealthCheck
{
    private volatile Assessment? _latest;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var run = history.LastRun;
        var latest = _latest;
        if (latest is null || !ReferenceEquals(latest.Run, run))
        {
            latest = new Assessment(run, await AssessAsync(run, cancellationToken));
            _latest = latest;
        }

        return latest.Result;
    }

    private async Task<HealthCheckResult> AssessAsync(CompletedRun? run, CancellationToken cancellationToken)
    {
        var feeds = run?.Feeds ?? sources.FeedNames();
        var missing = new List<string>();
        foreach (var feed in feeds)
        {
            foreach (var format in FeedFormat.All)
            {
                if (await store.GetAsync(DocumentPaths.Feed(feed, format.Extension), cancellationToken) is null)
                {
                    missing.Add(feed);
                    break;
                }
            }
        }

        if (missing.Count > 0)
        {
            return HealthCheckResult.Unhealthy($"no published documents yet for: {string.Join(", ", missing)}");
        }

        var failing = feeds.Select(history.Get).OfType<FeedState>().Where(s => !s.LastRun.Succeeded)
            .Select(s => $"{s.LastRun.Feed} ({s.LastRun.Errors.Count} errors)").ToList();
        if (run?.Report.Errors.Count > 0)
        {
            failing.Add($"the run itself ({run.Report.Errors.Count} errors)");
        }

        return failing.Count == 0
            ? HealthCheckResult.Healthy("every feed has published documents")
            : HealthCheckResult.Degraded($"serving the last good documents; the latest run failed for: {string.Join("; ", failing)}; details on /admin/status");
    }

    private sealed record Assessment(CompletedRun? Run, HealthCheckResult Result);
}
