using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Syndication.Service.Endpoints;
using Syndication.Service.Jobs;
using Syndication.Service.Options;
using Syndication.Service.Publishing;
using Syndication.Service.Storage;

namespace Syndication.Service.Dashboard;

/// <summary>
/// The operator's page at GET /admin: the sign-in form, or, with the session cookie, the dashboard rendered from the
/// same <see cref="StatusQuery"/> as /admin/status. Its buttons are plain form posts that answer 303 back to the page,
/// and they pass the admin group's policy like any change: signed in, and from the same origin.
/// </summary>
internal static class DashboardEndpoints
{
    /// <summary>The form field naming the feed to regenerate; absent or empty regenerates all.</summary>
    public const string FeedField = "feed";

    public static RouteGroupBuilder MapDashboard(this RouteGroupBuilder admin)
    {
        // Anyone may see the sign-in form, and looking at it is no failed attempt for the limiter to count.
        admin.MapGet("", Page).AllowAnonymous().DisableRateLimiting().ExcludeFromDescription();
        admin.MapPost("", RegenerateAsync).ExcludeFromDescription();
        admin.MapPost("/sign-out", (Delegate)SignOutAsync).ExcludeFromDescription();
        return admin;
    }

    private static async Task<ContentHttpResult> Page(HttpContext context, StatusQuery status, CancellationToken cancellationToken) =>
        context.User.Identity?.IsAuthenticated == true
            ? Html(context, DashboardPage.Render(await status.ReadAsync(cancellationToken), context.Request.PathBase), StatusCodes.Status200OK)
            : SignIn(context, wrongToken: false, StatusCodes.Status200OK);

    /// <summary>The sign-in form, saying so when a wrong token was just sent.</summary>
    public static ContentHttpResult SignIn(HttpContext context, bool wrongToken, int status) =>
        Html(context, DashboardPage.SignIn(context.Request.PathBase, wrongToken), status);

    /// <summary>Whether a browser asks (a navigation or form post accepts HTML), rather than a script or tool.</summary>
    public static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(accept => accept.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private static async Task<Results<StatusCodeHttpResult, ProblemHttpResult>> RegenerateAsync(
        HttpContext context, FeedSourceReader sources, RunCoordinator coordinator, IOptions<SyndicationOptions> options, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var feed = form[FeedField].ToString() is { Length: > 0 } named ? named : null;
        if (feed is not null && !sources.FeedNames().Contains(feed))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no feed '{feed}' in the feeds folder.");
        }

        // Waits like the API does, so the page the browser is sent back to shows the run; a longer run goes on and shows later.
        await coordinator.RunAndWaitAsync(feed, TimeSpan.FromSeconds(options.Value.AdminWaitSeconds), cancellationToken);
        return BackToPage(context);
    }

    private static async Task<StatusCodeHttpResult> SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync(AdminAuthentication.CookieScheme);
        return BackToPage(context);
    }

    private static ContentHttpResult Html(HttpContext context, string html, int status)
    {
        context.Response.Headers.ContentSecurityPolicy = DashboardPage.ContentSecurityPolicy;
        // The page shows the service's state and is behind a session: never keep it in a cache.
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>303 See Other to GET /admin: after a form post the browser shows the page, and reloading it posts nothing again.</summary>
    public static StatusCodeHttpResult BackToPage(HttpContext context)
    {
        context.Response.Headers.Location = $"{context.Request.PathBase}/admin";
        return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
    }
}
