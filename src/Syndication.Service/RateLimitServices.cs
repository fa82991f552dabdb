using Syndication.Service.Audience;
using Syndication.Service.Endpoints;

namespace Syndication.Service;

/// <summary>ASP.NET Core's rate limiter, once, with each policy the routes name: failed admin authentications, and fast polling.</summary>
internal static class RateLimitServices
{
    public static WebApplicationBuilder AddRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy<string, AdminFailureLimit>(AdminFailureLimit.Name);
            limiter.AddPolicy<(ulong Client, string Document), FastPollingLimit>(FastPollingLimit.Name);
        });
        return builder;
    }
}
