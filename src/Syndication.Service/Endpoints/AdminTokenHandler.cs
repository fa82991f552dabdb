using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Syndication.Service.Dashboard;

namespace Syndication.Service.Endpoints;

/// <summary>
/// Authentication by the admin token (compared in constant time by <see cref="AdminToken"/>), from
/// <c>Authorization: Bearer</c> or, for signing in, a form field. A wrong token fails with a message that never
/// contains it; the challenge is a 401 with <c>WWW-Authenticate: Bearer</c> and a problem body saying what to send.
/// </summary>
internal sealed class AdminTokenHandler(IOptionsMonitor<AdminTokenOptions> options, ILoggerFactory logger, UrlEncoder encoder, AdminToken token)
    : AuthenticationHandler<AdminTokenOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync() =>
        (Options.FromForm ? await FormTokenAsync() : AdminToken.Presented(Request)) switch
        {
            null => AuthenticateResult.NoResult(),
            var presented when token.Matches(presented) => AuthenticateResult.Success(new AuthenticationTicket(Operator(Scheme.Name), Scheme.Name)),
            _ => AuthenticateResult.Fail("The token presented is not the admin token."),
        };

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // Both token schemes may challenge one request; the first answers.
        if (Response.HasStarted)
        {
            return;
        }

        Response.Headers.WWWAuthenticate = "Bearer";
        // A browser's form post (the dashboard's sign-in, or a button after the session ended) gets the sign-in form back, not JSON.
        if (Request.HasFormContentType && DashboardEndpoints.AcceptsHtml(Request))
        {
            var tokenSent = (await Request.ReadFormAsync(Context.RequestAborted)).ContainsKey(AdminTokenOptions.FormField);
            await DashboardEndpoints.SignIn(Context, tokenSent, StatusCodes.Status401Unauthorized).ExecuteAsync(Context);
            return;
        }

        await TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
            detail: "Send the admin token as 'Authorization: Bearer <token>'.").ExecuteAsync(Context);
    }

    /// <summary>The one user there is: whoever holds the admin token, signed in by <paramref name="scheme"/>.</summary>
    public static ClaimsPrincipal Operator(string scheme) => new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "operator")], scheme));

    private async Task<string?> FormTokenAsync() =>
        Request.HasFormContentType && (await Request.ReadFormAsync(Context.RequestAborted)).TryGetValue(AdminTokenOptions.FormField, out var value)
            ? value.ToString()
            : null;
}
