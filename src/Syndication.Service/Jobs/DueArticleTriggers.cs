using Quartz;
using Syndication.Service.Publishing;

namespace Syndication.Service.Jobs;

/// <summary>
/// Publishes a future-dated article at its date, not at the next scheduled run: after each run, every feed with an
/// article still to come has one one-off trigger at the earliest such date, moved when that date moves, removed when none is left.
/// </summary>
internal sealed class DueArticleTriggers(RunHistory history)
{
    private const string Prefix = "due-";

    public static TriggerKey Key(string feed) => new(Prefix + feed, FeedSchedules.Group);

    public async Task SyncAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var wanted = history.All
            .Where(f => f.Value.LastRun.NextDue is not null)
            .ToDictionary(f => Key(f.Key), f => (Feed: f.Key, Due: f.Value.LastRun.NextDue!.Value));
        foreach (var trigger in (await scheduler.GetTriggersOfJob(RegenerateFeedsJob.Key, cancellationToken)).Where(t => t.Key.Name.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            if (wanted.TryGetValue(trigger.Key, out var want) && trigger.NextFireTimeUtc == want.Due)
            {
                wanted.Remove(trigger.Key);   // still waiting for the same date
            }
            else if (!wanted.ContainsKey(trigger.Key))
            {
                await scheduler.UnscheduleJob(trigger.Key, cancellationToken);
            }
        }

        // A fired trigger (the run now ending) or one for another date is replaced, so a feed never has two.
        foreach (var (key, (feed, due)) in wanted)
        {
            var trigger = TriggerBuilder.Create().WithIdentity(key).ForJob(RegenerateFeedsJob.Key)
                .UsingJobData(RegenerateFeedsJob.FeedKey, feed)
                .StartAt(due)
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build();
            await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken);
        }
    }
}
