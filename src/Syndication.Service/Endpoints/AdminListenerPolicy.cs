using Microsoft.AspNetCore.Routing.Matching;

namespace Syndication.Service.Endpoints;

/// <summary>
/// Routing policy: an endpoint carrying <see cref="AdminListener"/> metadata does not match a connection that arrived on
/// another listener, so such a request is a plain 404 before the rate limiter or the token check ever see it.
/// </summary>
internal sealed class AdminListenerPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    public override int Order => 0;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
        endpoints.Any(e => e.Metadata.GetMetadata<AdminListener>() is not null);

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates.IsValidCandidate(i) && candidates[i].Endpoint.Metadata.GetMetadata<AdminListener>() is { } listener
                && !listener.Accepts(httpContext.Connection))
            {
                candidates.SetValidity(i, false);
            }
        }

        return Task.CompletedTask;
    }
}
