using System.Security.Claims;

namespace Syndication.Service.Endpoints;

/// <summary>
/// Cross-site protection for what a browser holds: a request that changes something (not GET or HEAD) and was
/// authenticated only by the session cookie or the sign-in form must come from the admin pages' own origin. Browsers
/// say so in <c>Sec-Fetch-Site</c>; older ones only in <c>Origin</c>, compared with the request's own scheme and host.
/// A bearer token is never sent by a browser on its own, so requests carrying the right one need no such proof.
/// </summary>
internal static class SameOrigin
{
    public static bool Allows(HttpContext context, ClaimsPrincipal user)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || user.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == AdminAuthentication.BearerScheme))
        {
            return true;
        }

        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            return fetchSite == "same-origin";
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0 && string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }
}
