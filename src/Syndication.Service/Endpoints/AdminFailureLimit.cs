using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Syndication.Service.Options;

namespace Syndication.Service.Endpoints;

/// <summary>
/// Rate-limiter policy for the admin routes: requests that did not authenticate (wrong or missing token, no valid
/// session) draw from a fixed window per client address (after forwarded headers from trusted proxies), so guessing is
/// slowed; the operator is never limited, so nobody can lock them out by failing on purpose. It reads the outcome of
/// <see cref="AdminAuthentication"/>, which runs before the limiter on admin routes.
/// </summary>
internal sealed class AdminFailureLimit(IOptions<SyndicationOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "admin-failures";

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // Not an IP address, so it cannot collide with a client's partition.
    private const string Operator = "operator";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        httpContext.User.Identity?.IsAuthenticated == true
            ? RateLimitPartition.GetNoLimiter(Operator)
            : RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.Value.AdminFailuresPerMinute,
                Window = Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            });

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window;
        context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many failed attempts",
            detail: "Too many requests with a wrong admin token from this address; try again after Retry-After seconds. The right token is always accepted.")
            .ExecuteAsync(context.HttpContext);
    }
}
