using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Syndication.Service.Dashboard;

namespace Syndication.Service.Endpoints;

/// <summary>
/// Signing in for the dashboard: posting the admin token as the form field <c>token</c> sets the session cookie
/// (HttpOnly, SameSite=Strict, Secure under TLS), and sends a browser on to the dashboard; DELETE ends the session.
/// Both must come from the same origin.
/// </summary>
internal static class AdminSession
{
    public static RouteGroupBuilder MapAdminSession(this RouteGroupBuilder admin)
    {
        // As Delegate, so the typed result is the response (a handler taking only HttpContext would be a bare RequestDelegate).
        admin.MapPost("/session", (Delegate)SignInAsync)
            .Accepts<SignInForm>("application/x-www-form-urlencoded")
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(AdminAuthentication.FormScheme).RequireAuthenticatedUser());
        admin.MapDelete("/session", (Delegate)SignOutAsync);
        return admin;
    }

    private static async Task<Results<NoContent, StatusCodeHttpResult>> SignInAsync(HttpContext context)
    {
        await context.SignInAsync(AdminAuthentication.CookieScheme, AdminTokenHandler.Operator(AdminAuthentication.CookieScheme));
        // The dashboard's sign-in form is sent on to the dashboard; a script asking for anything but HTML gets 204.
        return DashboardEndpoints.AcceptsHtml(context.Request) ? DashboardEndpoints.BackToPage(context) : TypedResults.NoContent();
    }

    private static async Task<NoContent> SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync(AdminAuthentication.CookieScheme);
        return TypedResults.NoContent();
    }
}
