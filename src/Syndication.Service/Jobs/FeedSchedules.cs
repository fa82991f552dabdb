using Microsoft.Extensions.Options;
using Quartz;
using Syndication.Service.Options;
using Syndication.Service.Publishing;

namespace Syndication.Service.Jobs;

/// <summary>Keeps Quartz's triggers in step with configuration and with each feed's own <c>schedule</c> in feed.yaml.</summary>
internal sealed class FeedSchedules(IOptions<SyndicationOptions> options, RunHistory history, ILogger<FeedSchedules> logger)
{
    public const string Group = "syndication";
    private const string FeedTriggerPrefix = "feed-";
    public static readonly TriggerKey GlobalTrigger = new("schedule", Group);

    /// <summary>At start: the global schedule, and one run right away.</summary>
    public async Task StartAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var job = JobBuilder.Create<RegenerateFeedsJob>().WithIdentity(RegenerateFeedsJob.Key).StoreDurably().Build();
        await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken);
        var global = TriggerBuilder.Create().WithIdentity(GlobalTrigger).ForJob(RegenerateFeedsJob.Key)
            .UsingJobData(RegenerateFeedsJob.GlobalScheduleKey, true)
            .WithCronSchedule(options.Value.Schedule, cron => cron.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(global, ScheduleJobOptions.Replacing, cancellationToken);
        await scheduler.TriggerJob(RegenerateFeedsJob.Key, cancellationToken);
    }

    /// <summary>After each run: a trigger for every feed with its own schedule, none for the others.</summary>
    public async Task SyncAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var wanted = history.All
            .Where(f => f.Value.Definition?.Schedule is not null)
            .ToDictionary(f => new TriggerKey(FeedTriggerPrefix + f.Key, Group), f => (Feed: f.Key, Cron: f.Value.Definition!.Schedule!));
        var existing = await scheduler.GetTriggersOfJob(RegenerateFeedsJob.Key, cancellationToken);
        foreach (var trigger in existing.Where(t => t.Key.Name.StartsWith(FeedTriggerPrefix, StringComparison.Ordinal)))
        {
            if (!wanted.TryGetValue(trigger.Key, out var want) || (trigger as ICronTrigger)?.CronExpressionString != want.Cron)
            {
                await scheduler.UnscheduleJob(trigger.Key, cancellationToken);
            }
            else
            {
                wanted.Remove(trigger.Key);
            }
        }

        foreach (var (key, (feed, cron)) in wanted)
        {
            var trigger = TriggerBuilder.Create().WithIdentity(key).ForJob(RegenerateFeedsJob.Key)
                .UsingJobData(RegenerateFeedsJob.FeedKey, feed)
                .WithCronSchedule(cron, c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                .Build();
            try
            {
                await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken);
            }
            catch (SchedulerException e)
            {
                // One feed's schedule that Quartz refuses is that feed's problem; the others still get theirs.
                logger.SourceError($"{feed}/feed.yaml: error: its schedule '{cron}' cannot be used ({e.Message}); fix it in feed.yaml");
            }
        }
    }

    /// <summary>When the feed will next be regenerated: on schedule, or sooner for a change seen, a future-dated article due or a tombstone expiring.</summary>
    public static async Task<DateTimeOffset?> NextRunAsync(IScheduler scheduler, string feed, CancellationToken cancellationToken)
    {
        var own = await scheduler.GetTrigger(new TriggerKey(FeedTriggerPrefix + feed, Group), cancellationToken);
        var triggers = new List<ITrigger?> { own ?? await scheduler.GetTrigger(GlobalTrigger, cancellationToken) };
        foreach (var sooner in (TriggerKey[])[FeedWatcher.Trigger, DueArticleTriggers.Key(feed)])
        {
            triggers.Add(await scheduler.GetTrigger(sooner, cancellationToken));
        }

        return triggers.Select(t => t?.NextFireTimeUtc).Min();
    }
}
