using System.Collections.Concurrent;
using Quartz;
using Syndication.Service.Publishing;

namespace Syndication.Service.Jobs;

/// <summary>Lets an HTTP request trigger the regenerate job through Quartz and wait (bounded) for that very run's report.</summary>
internal sealed class RunCoordinator(ISchedulerFactory schedulerFactory)
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<RunReport>> _waiting = new(StringComparer.Ordinal);

    /// <summary>The run's report, or null when it did not finish within <paramref name="timeout"/> (it goes on regardless).</summary>
    public async Task<RunReport?> RunAndWaitAsync(string? feed, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var runId = Guid.NewGuid().ToString("N");
        var completion = new TaskCompletionSource<RunReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[runId] = completion;
        try
        {
            var data = new JobDataMap { [RegenerateFeedsJob.RunIdKey] = runId };
            if (feed is not null)
            {
                data[RegenerateFeedsJob.FeedKey] = feed;
            }

            var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
            await scheduler.TriggerJob(RegenerateFeedsJob.Key, data, cancellationToken);
            return await completion.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            return null;
        }
        finally
        {
            _waiting.TryRemove(runId, out _);
        }
    }

    public void Complete(string? runId, RunReport report)
    {
        if (runId is not null && _waiting.TryGetValue(runId, out var completion))
        {
            completion.TrySetResult(report);
        }
    }

    public void Fail(string? runId, Exception error)
    {
        if (runId is not null && _waiting.TryGetValue(runId, out var completion))
        {
            completion.TrySetException(error);
        }
    }
}
