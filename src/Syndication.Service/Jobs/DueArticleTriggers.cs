using Quartz;
using Syndication.Service.Publishing;

namespace Syndication.Service.Jobs;

/// <summary>
/// Publishes a future-dated article at its date, not at the next scheduled run: after each run, every feed with an
/// article still to come has one one-off trigger at the earliest such date, moved when that date moves, removed when none is left.
/// A tombstone's expiry is such a date too (see <see cref="FeedRunResult.NextDue"/>).
/// </summary>
internal sealed class DueArticleTriggers(RunHistory history)
{
    private const string Prefix = "due-";

    // The date each feed's trigger was last set for: a date gets one run, even when that run could not run the feed
    // (its folder gone, the feeds folder unreadable), which would otherwise leave the same date due and fire it again at once.
    private readonly Dictionary<string, DateTimeOffset> _scheduled = new(StringComparer.Ordinal);

    public static TriggerKey Key(string feed) => new(Prefix + feed, FeedSchedules.Group);

    /// <summary>Called by the job after each run; the job never runs twice at once, so neither does this.</summary>
    public async Task SyncAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var wanted = history.All
            .Where(f => f.Value.LastRun.NextDue is not null)
            .ToDictionary(f => f.Key, f => f.Value.LastRun.NextDue!.Value, StringComparer.Ordinal);
        foreach (var trigger in await scheduler.GetTriggersOfJob(RegenerateFeedsJob.Key, cancellationToken))
        {
            if (trigger.Key.Name.StartsWith(Prefix, StringComparison.Ordinal) && !wanted.ContainsKey(trigger.Key.Name[Prefix.Length..]))
            {
                await scheduler.UnscheduleJob(trigger.Key, cancellationToken);
            }
        }

        foreach (var gone in _scheduled.Keys.Where(f => !wanted.ContainsKey(f)).ToList())
        {
            _scheduled.Remove(gone);
        }

        foreach (var (feed, due) in wanted.Where(w => !_scheduled.TryGetValue(w.Key, out var set) || set != w.Value))
        {
            // Stored over the feed's trigger for an earlier date, so a feed never has two.
            var trigger = TriggerBuilder.Create().WithIdentity(Key(feed)).ForJob(RegenerateFeedsJob.Key)
                .UsingJobData(RegenerateFeedsJob.FeedKey, feed)
                .StartAt(due)
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build();
            await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken);
            _scheduled[feed] = due;
        }
    }
}
