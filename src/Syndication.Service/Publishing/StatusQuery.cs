using Quartz;
using Syndication.Service.Audience;
using Syndication.Service.Jobs;
using Syndication.Service.Storage;
using Syndication.Service.WebSub;

namespace Syndication.Service.Publishing;

/// <summary>The one query for the service's state: GET /admin/status returns it, and the dashboard renders it.</summary>
internal sealed class StatusQuery(
    RunHistory history, FeedSourceReader sources, ISchedulerFactory schedulerFactory, WebSubPublisher webSub, OutputPermissions permissions, AudienceQuery audience)
{
    public async Task<StatusReport> ReadAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var feeds = new List<FeedStatus>();
        // Feeds in the folder now and feeds that ran before (a deleted feed shows its last run until it is forgotten).
        foreach (var name in sources.FeedNames().Union(history.All.Keys).Order(StringComparer.Ordinal))
        {
            var state = history.Get(name);
            var run = state?.LastRun;
            feeds.Add(new FeedStatus(name, run?.FinishedAt, state?.LastSuccess, run?.DurationMs, run?.Entries,
                ProblemReport.From(run?.Warnings ?? []), ProblemReport.From(run?.Errors ?? []),
                await FeedSchedules.NextRunAsync(scheduler, name, cancellationToken)));
        }

        var last = history.LastRun?.Report;
        var lastRun = last is null ? null : new RunStatus(last.StartedAt, last.DurationMs, last.Succeeded, ProblemReport.From(last.Errors));
        return new StatusReport(lastRun, feeds, webSub.Deliveries, new OutputFolderStatus(permissions.Warnings()), audience.Audience(), audience.Pollers(), history.RecentRuns);
    }
}
