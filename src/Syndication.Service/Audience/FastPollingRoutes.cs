using Syndication.Service.Options;

namespace Syndication.Service.Audience;

/// <summary>Puts <see cref="FastPollingLimit"/> on a route only when it is switched on, so otherwise it costs nothing.</summary>
internal static class FastPollingRoutes
{
    // Read from configuration, not the validated options: routes are mapped before start-up reports bad settings (exit 2).
    private const string Setting = $"{SyndicationOptions.Section}:{nameof(SyndicationOptions.Audience)}:{nameof(AudienceOptions.RefuseFastPolling)}";

    public static RouteHandlerBuilder RefusingFastPolling(this RouteHandlerBuilder route, IEndpointRouteBuilder app) =>
        bool.TryParse(app.ServiceProvider.GetRequiredService<IConfiguration>()[Setting], out var on) && on
            ? route.RequireRateLimiting(FastPollingLimit.Name)
            : route;
}
