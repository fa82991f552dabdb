using Quartz;

namespace Syndication.Service.Jobs;

/// <summary>Installs the job and its triggers once options have been validated, so a bad cron stops start-up with a clear message.</summary>
internal sealed class SchedulerStartup(ISchedulerFactory schedulerFactory, FeedSchedules schedules) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) =>
        await schedules.StartAsync(await schedulerFactory.GetScheduler(cancellationToken), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
