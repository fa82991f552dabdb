using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Syndication.Service.Dashboard;
using Syndication.Service.Jobs;
using Syndication.Service.Options;
using Syndication.Service.Publishing;
using Syndication.Service.Storage;

namespace Syndication.Service.Endpoints;

/// <summary>The operator API: trigger regeneration and see what happened, for the holder of the admin token (AdminAuthentication).</summary>
internal static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin").RequireAuthorization(AdminAuthentication.Policy).RequireRateLimiting(AdminFailureLimit.Name)
            .WithGroupName(AdminApiDescription.Group).WithTags(AdminApiDescription.Group)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests);
        var listener = AdminListener.From(app.ServiceProvider.GetRequiredService<IConfiguration>());
        if (listener is not null)
        {
            // Only connections that arrived on the admin listener reach these routes (AdminListenerPolicy); elsewhere they are 404.
            group.WithMetadata(listener);
        }

        group.MapPost("/regenerate", RegenerateAll);
        group.MapPost("/feeds/{feed}/regenerate", RegenerateFeed).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/status", Status);
        group.MapAdminSession();
        group.MapDashboard();
        app.MapAdminApiDescription(listener);
        return app;
    }

    private static async Task<Results<Ok<RegenerateReport>, Accepted<RegenerateRunning>>> RegenerateAll(
        RunCoordinator coordinator, IOptions<SyndicationOptions> options, CancellationToken cancellationToken) =>
        await RunAsync(null, coordinator, options.Value, cancellationToken) is { } report ? Finished(report) : Running(options.Value);

    private static async Task<Results<Ok<RegenerateReport>, Accepted<RegenerateRunning>, ProblemHttpResult>> RegenerateFeed(
        string feed, FeedSourceReader sources, RunCoordinator coordinator, IOptions<SyndicationOptions> options, CancellationToken cancellationToken)
    {
        if (!sources.FeedNames().Contains(feed))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no feed '{feed}' in the feeds folder.");
        }

        return await RunAsync(feed, coordinator, options.Value, cancellationToken) is { } report ? Finished(report) : Running(options.Value);
    }

    private static Task<RunReport?> RunAsync(string? feed, RunCoordinator coordinator, SyndicationOptions options, CancellationToken cancellationToken) =>
        coordinator.RunAndWaitAsync(feed, TimeSpan.FromSeconds(options.AdminWaitSeconds), cancellationToken);

    private static Ok<RegenerateReport> Finished(RunReport report) => TypedResults.Ok(RegenerateReport.From(report));

    private static Accepted<RegenerateRunning> Running(SyndicationOptions options) =>
        TypedResults.Accepted("/admin/status", new RegenerateRunning("running", $"The run did not finish within {options.AdminWaitSeconds} s; see /admin/status."));

    private static async Task<Ok<StatusReport>> Status(StatusQuery status, CancellationToken cancellationToken) =>
        TypedResults.Ok(await status.ReadAsync(cancellationToken));
}
