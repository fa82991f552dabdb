using Syndication.Service.Metrics;

namespace Syndication.Service.Endpoints;

/// <summary>
/// <c>GET /metrics</c> in Prometheus text format, where the admin API answers (its own listener when
/// <c>Syndication:AdminUrl</c> is set) and with the admin token: subscriber counts and feed names are the operator's business.
/// </summary>
internal static class MetricsEndpoints
{
    public const string Path = "/metrics";

    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder app)
    {
        // The gauges that read the service's state exist from the start on; made once the settings have been checked.
        var services = app.ServiceProvider;
        services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() => services.GetRequiredService<StateGauges>());
        var endpoint = app.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: branch => branch.Use(RequireAdminToken), optionsName: null)
            .RequireRateLimiting(AdminWrongTokenLimit.Name);
        if (AdminListener.From(services.GetRequiredService<IConfiguration>()) is { } listener)
        {
            endpoint.WithMetadata(listener);
        }

        return app;
    }

    private static async Task RequireAdminToken(HttpContext context, RequestDelegate next)
    {
        if (context.RequestServices.GetRequiredService<AdminToken>().Matches(AdminToken.Presented(context.Request)))
        {
            await next(context);
            return;
        }

        context.Response.Headers.WWWAuthenticate = "Bearer";
        await TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
            detail: "Send the admin token as 'Authorization: Bearer <token>', as Prometheus does with 'authorization: credentials'.").ExecuteAsync(context);
    }
}
