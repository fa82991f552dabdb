using Microsoft.AspNetCore.Routing.Matching;

namespace Syndication.Service.Endpoints;

/// <summary>
/// Routing policy: endpoints carrying <see cref="AdminListener"/> metadata exist only for connections that arrived on
/// that listener. It runs before the HTTP-method policy, so on another port an admin path is a plain 404 (not even a
/// 405 that would betray it), before the rate limiter or the token check ever see the request.
/// </summary>
internal sealed class AdminListenerPolicy : MatcherPolicy, INodeBuilderPolicy
{
    // HttpMethodMatcherPolicy is -1000; lower runs first.
    public override int Order => -2000;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) => endpoints.Any(e => ListenerOf(e) is not null);

    public IReadOnlyList<PolicyNodeEdge> GetEdges(IReadOnlyList<Endpoint> endpoints)
    {
        var listener = endpoints.Select(ListenerOf).First(l => l is not null)!;
        return
        [
            new PolicyNodeEdge(new Arrival(listener, OnAdminPort: true), endpoints),
            new PolicyNodeEdge(new Arrival(listener, OnAdminPort: false), [.. endpoints.Where(e => ListenerOf(e) is null)]),
        ];
    }

    public PolicyJumpTable BuildJumpTable(int exitDestination, IReadOnlyList<PolicyJumpTableEdge> edges)
    {
        var arrivals = edges.Select(e => (Arrival: (Arrival)e.State, e.Destination)).ToList();
        return new PortJumpTable(
            arrivals[0].Arrival.Listener,
            arrivals.Where(a => a.Arrival.OnAdminPort).Select(a => a.Destination).DefaultIfEmpty(exitDestination).First(),
            arrivals.Where(a => !a.Arrival.OnAdminPort).Select(a => a.Destination).DefaultIfEmpty(exitDestination).First());
    }

    private static AdminListener? ListenerOf(Endpoint endpoint) => endpoint.Metadata.GetMetadata<AdminListener>();

    private sealed record Arrival(AdminListener Listener, bool OnAdminPort);

    private sealed class PortJumpTable(AdminListener listener, int onAdminPort, int elsewhere) : PolicyJumpTable
    {
        public override int GetDestination(HttpContext httpContext) => listener.Accepts(httpContext.Connection) ? onAdminPort : elsewhere;
    }
}
