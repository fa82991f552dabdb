using Microsoft.Extensions.Diagnostics.HealthChecks;
using Syndication.Core.Rendering;
using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>
/// Ready when every feed in the feeds folder has its documents published (after a restart, the persisted ones count).
/// Degraded, still serving the last good documents, when a feed's latest run could not publish (say, the disk is full).
/// </summary>
internal sealed class DocumentsReadyCheck(FeedSourceReader sources, IDocumentStore store, RunHistory history) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var feeds = sources.FeedNames();
        var missing = feeds.Where(feed => FeedFormat.All.Any(f => store.Get(DocumentPaths.Feed(feed, f.Extension)) is null)).ToList();
        if (missing.Count > 0)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"no published documents yet for: {string.Join(", ", missing)}"));
        }

        var failing = feeds.Select(history.Get).OfType<FeedState>().Where(s => !s.LastRun.Succeeded).ToList();
        return Task.FromResult(failing.Count == 0
            ? HealthCheckResult.Healthy("every feed has published documents")
            : HealthCheckResult.Degraded("serving the last good documents; the latest run failed for: "
                + string.Join("; ", failing.Select(s => $"{s.LastRun.Feed} ({string.Join(" ", s.LastRun.Errors.Select(e => e.Message))})"))));
    }
}
