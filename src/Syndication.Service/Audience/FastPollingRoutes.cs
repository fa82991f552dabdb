using Microsoft.Extensions.Options;
using Syndication.Service.Options;

namespace Syndication.Service.Audience;

/// <summary>Puts <see cref="FastPollingLimit"/> on a route only when it is switched on, so otherwise it costs nothing.</summary>
internal static class FastPollingRoutes
{
    public static RouteHandlerBuilder RefusingFastPolling(this RouteHandlerBuilder route, IEndpointRouteBuilder app) =>
        app.ServiceProvider.GetRequiredService<IOptions<SyndicationOptions>>().Value.Audience.RefuseFastPolling
            ? route.RequireRateLimiting(FastPollingLimit.Name)
            : route;
}
