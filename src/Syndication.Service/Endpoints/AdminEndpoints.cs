using Microsoft.Extensions.Options;
using Quartz;
using Syndication.Core.Model;
using Syndication.Service.Audience;
using Syndication.Service.Jobs;
using Syndication.Service.Options;
using Syndication.Service.Publishing;
using Syndication.Service.Storage;
using Syndication.Service.WebSub;

namespace Syndication.Service.Endpoints;

/// <summary>The operator API: trigger regeneration and see what happened, behind the admin token.</summary>
internal static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin").AddEndpointFilter(AdminToken.RequireAsync).RequireRateLimiting(AdminWrongTokenLimit.Name);
        if (AdminListener.From(app.ServiceProvider.GetRequiredService<IConfiguration>()) is { } listener)
        {
            // Only connections that arrived on the admin listener reach these routes (AdminListenerPolicy); elsewhere they are 404.
            group.WithMetadata(listener);
        }

        group.MapPost("/regenerate", RegenerateAll);
        group.MapPost("/feeds/{feed}/regenerate", RegenerateFeed);
        group.MapGet("/status", Status);
        return app;
    }

    private static Task<IResult> RegenerateAll(RunCoordinator coordinator, IOptions<SyndicationOptions> options, CancellationToken cancellationToken) =>
        RegenerateAsync(null, coordinator, options.Value, cancellationToken);

    private static async Task<IResult> RegenerateFeed(string feed, FeedSourceReader sources, RunCoordinator coordinator, IOptions<SyndicationOptions> options, CancellationToken cancellationToken) =>
        sources.FeedNames().Contains(feed)
            ? await RegenerateAsync(feed, coordinator, options.Value, cancellationToken)
            : DocumentResults.NotFound($"There is no feed '{feed}' in the feeds folder.");

    private static async Task<IResult> RegenerateAsync(string? feed, RunCoordinator coordinator, SyndicationOptions options, CancellationToken cancellationToken)
    {
        var report = await coordinator.RunAndWaitAsync(feed, TimeSpan.FromSeconds(options.AdminWaitSeconds), cancellationToken);
        if (report is null)
        {
            return TypedResults.Accepted("/admin/status", new { status = "running", detail = $"The run did not finish within {options.AdminWaitSeconds} s; see /admin/status." });
        }

        return TypedResults.Ok(new
        {
            startedAt = report.StartedAt,
            durationMs = report.DurationMs,
            succeeded = report.Succeeded,
            errors = report.Errors.Select(Describe),
            feeds = report.Feeds.Select(f => new
            {
                feed = f.Feed,
                succeeded = f.Succeeded,
                entries = f.Entries,
                changed = f.Changed,
                durationMs = f.DurationMs,
                warnings = f.Warnings.Select(Describe),
                errors = f.Errors.Select(Describe),
            }),
        });
    }

    private static async Task<IResult> Status(RunHistory history, FeedSourceReader sources, ISchedulerFactory schedulerFactory, WebSubPublisher webSub,
        OutputPermissions permissions, AudienceQuery audience, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var feeds = new List<object>();
        foreach (var name in sources.FeedNames().Union(history.All.Keys).Order(StringComparer.Ordinal))
        {
            var state = history.Get(name);
            feeds.Add(new
            {
                feed = name,
                lastRun = state?.LastRun.FinishedAt,
                lastSuccess = state?.LastSuccess,
                durationMs = state?.LastRun.DurationMs,
                entries = state?.LastRun.Entries,
                warnings = state?.LastRun.Warnings.Select(Describe) ?? [],
                errors = state?.LastRun.Errors.Select(Describe) ?? [],
                nextRun = await FeedSchedules.NextRunAsync(scheduler, name, cancellationToken),
            });
        }

        var run = history.LastRun?.Report;
        var lastRun = run is null ? null : new { startedAt = run.StartedAt, durationMs = run.DurationMs, succeeded = run.Succeeded, errors = run.Errors.Select(Describe) };
        return TypedResults.Ok(new
        {
            lastRun, feeds, webSub = webSub.Deliveries, outputFolder = new { warnings = permissions.Warnings() },
            audience = audience.Audience(), pollers = audience.Pollers(),
        });
    }

    private static object Describe(Problem problem) =>
        new { file = problem.File, line = problem.Line, message = problem.Message, hint = problem.Hint, text = problem.ToString() };
}
