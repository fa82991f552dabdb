using Quartz;
using Syndication.Service.Metrics;
using Syndication.Service.Publishing;

namespace Syndication.Service.Jobs;

/// <summary>
/// The one job that regenerates feeds, whoever asks: the schedule, a feed's own schedule, the start-up run, an operator,
/// a change in the feeds folder (<see cref="FeedWatcher"/>) or a future-dated article falling due (<see cref="DueArticleTriggers"/>).
/// Quartz never runs it twice at once, so an operator's run waits for a scheduled one instead of racing it.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class RegenerateFeedsJob(FeedRegenerator regenerator, FeedSchedules schedules, DueArticleTriggers due, RunCoordinator coordinator, SyndicationMetrics metrics,
    ILogger<RegenerateFeedsJob> logger) : IJob
{
    public static readonly JobKey Key = new("regenerate-feeds", "syndication");

    /// <summary>Job data: regenerate only this feed.</summary>
    public const string FeedKey = "feed";

    /// <summary>Job data: set by the global schedule, which leaves feeds with a schedule of their own to it.</summary>
    public const string GlobalScheduleKey = "global-schedule";

    /// <summary>Job data: the operator request waiting for this run.</summary>
    public const string RunIdKey = "run-id";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var runId = data.GetString(RunIdKey);
        try
        {
            var globalOnly = data.ContainsKey(GlobalScheduleKey);
            var report = await regenerator.RunAsync(
                globalOnly ? source => source.Definition?.Schedule is null : null,
                data.GetString(FeedKey),
                cancellationToken);
            metrics.RunFinished(report);
            try
            {
                await schedules.SyncAsync(context.Scheduler, cancellationToken);
                await due.SyncAsync(context.Scheduler, cancellationToken);
            }
            catch (Exception e) when (Faults.Contained(e, cancellationToken))
            {
                // The run itself is done and recorded; stale triggers are set right by the next run.
                logger.SourceError($"the feeds' own schedules and due articles' triggers could not be updated: {e.Message}");
            }

            coordinator.Complete(runId, report);
        }
        catch (Exception e)
        {
            coordinator.Fail(runId, e);
            throw new JobExecutionException(e);
        }
    }
}
