using Quartz;
using Syndication.Service.Jobs;

namespace Syndication.Service;

/// <summary>Quartz with its in-memory store: the regenerate job, its triggers (schedules, changes seen, articles due), and a clean stop that lets a running job finish.</summary>
internal static class SchedulingServices
{
    public static WebApplicationBuilder AddFeedScheduling(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddQuartz(quartz => quartz.UseInMemoryStore(_ => { }));
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        services.AddSingleton<FeedSchedules>();
        services.AddSingleton<RunCoordinator>();
        services.AddHostedService<SchedulerStartup>();
        services.AddSingleton<DueArticleTriggers>();
        // Only the service watches: the one-shot commands never register scheduling.
        services.AddHostedService<FeedWatcher>();
        return builder;
    }
}
