using Microsoft.Extensions.Diagnostics.HealthChecks;
using Syndication.Core.Rendering;
using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>Ready when every feed in the feeds folder has its documents published (after a restart, the persisted ones count).</summary>
internal sealed class DocumentsReadyCheck(FeedSourceReader sources, IDocumentStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var missing = sources.FeedNames()
            .Where(feed => FeedFormat.All.Any(f => store.Get(DocumentPaths.Feed(feed, f.Extension)) is null))
            .ToList();
        return Task.FromResult(missing.Count == 0
            ? HealthCheckResult.Healthy("every feed has published documents")
            : HealthCheckResult.Unhealthy($"no published documents yet for: {string.Join(", ", missing)}"));
    }
}
