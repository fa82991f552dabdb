using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.DataProtection;

namespace Syndication.Service.Endpoints;

/// <summary>
/// Who may use the admin routes: the holder of the admin token, by <c>Authorization: Bearer</c> (tools) or by the
/// session cookie that posting the token to /admin/session sets (the dashboard). One authorization policy on the admin
/// group says so, and refuses cross-site state changes made with browser-held credentials (<see cref="SameOrigin"/>).
/// </summary>
internal static class AdminAuthentication
{
    public const string Policy = "admin";
    public const string BearerScheme = "admin-bearer";
    public const string CookieScheme = "admin-cookie";

    /// <summary>The sign-in form's scheme: the same token check, reading the <c>token</c> form field.</summary>
    public const string FormScheme = "admin-form";

    public const string CookieName = "syndication-admin";

    public static IServiceCollection AddAdminAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AdminTokenOptions, AdminTokenHandler>(BearerScheme, null)
            .AddScheme<AdminTokenOptions, AdminTokenHandler>(FormScheme, form => form.FromForm = true)
            .AddCookie(CookieScheme, cookie =>
            {
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.Path = "/admin";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
                // An API answers 401 and 403; it never redirects to a login page.
                cookie.Events.OnRedirectToLogin = context => Status(context.Response, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status403Forbidden);
            });
        services.AddSingleton<AdminSessionStore>();
        services.AddOptions<CookieAuthenticationOptions>(CookieScheme).Configure<AdminSessionStore>((cookie, sessions) => cookie.SessionStore = sessions);
        // Sessions end with the process: no key ring written to disk, nothing to protect or rotate; signing in again is cheap.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            // Cookie first: its challenge only sets 401, the bearer's adds WWW-Authenticate and the body.
            .AddAuthenticationSchemes(CookieScheme, BearerScheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.Resource is not HttpContext http || SameOrigin.Allows(http, context.User)));
        return services;
    }

    /// <summary>
    /// Authenticates requests to routes that need authorization, as the authorization middleware will (results are
    /// cached per request), but before the rate limiter, so <see cref="AdminFailureLimit"/> counts only failures.
    /// Other routes, the public feeds among them, skip it.
    /// </summary>
    public static IApplicationBuilder UseAdminAuthentication(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint() is { } endpoint && endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null)
            {
                var services = context.RequestServices;
                var policy = await AuthorizationPolicy.CombineAsync(services.GetRequiredService<IAuthorizationPolicyProvider>(),
                    endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
                if (policy is not null)
                {
                    await services.GetRequiredService<IPolicyEvaluator>().AuthenticateAsync(policy, context);
                }
            }

            await next(context);
        });

    private static Task Status(HttpResponse response, int status)
    {
        if (!response.HasStarted)
        {
            response.StatusCode = status;
        }

        return Task.CompletedTask;
    }
}
