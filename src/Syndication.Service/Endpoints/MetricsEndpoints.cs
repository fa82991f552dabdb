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
        // The admin API's policy and failure limit: the operator's token (or session), 401 and then 429 for wrong ones.
        var endpoint = app.MapPrometheusScrapingEndpoint(Path)
            .RequireAuthorization(AdminAuthentication.Policy).RequireRateLimiting(AdminFailureLimit.Name);
        if (AdminListener.From(services.GetRequiredService<IConfiguration>()) is { } listener)
        {
            endpoint.WithMetadata(listener);
        }

        return app;
    }
}
