using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Syndication.Service.Options;

namespace Syndication.Service.Audience;

/// <summary>
/// Rate-limiter policy for the subscription documents, on when Audience:RefuseFastPolling is: each client (address and
/// User-Agent) may fetch each document once per CacheSeconds, from a token bucket of two so a poller on time, give or
/// take a second, is never refused; faster pollers get 429 with Retry-After. Buckets are ASP.NET's partitioned limiter's,
/// dropped once full and idle, so a client that keeps to CacheSeconds costs nothing between its polls.
/// </summary>
internal sealed class FastPollingLimit : IRateLimiterPolicy<(ulong Client, string Document)>
{
    public const string Name = "fast-polling";

    private readonly PollingStatistics _pollers;
    private readonly int _cacheSeconds;
    private readonly Func<(ulong, string), TokenBucketRateLimiterOptions> _bucket;

    public FastPollingLimit(IOptions<SyndicationOptions> options, PollingStatistics pollers)
    {
        _pollers = pollers;
        _cacheSeconds = options.Value.CacheSeconds;
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = 2,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(Math.Max(1, _cacheSeconds)),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        // One delegate for every request, so choosing a partition allocates nothing.
        _bucket = _ => bucket;
        OnRejected = RejectAsync;
    }

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; }

    // A feed's or tag's .html page shares its documents' route, but people read it, and may read it twice.
    public RateLimitPartition<(ulong Client, string Document)> GetPartition(HttpContext httpContext) =>
        _cacheSeconds == 0 || httpContext.Request.Path.Value?.EndsWith(".html", StringComparison.Ordinal) == true
            ? RateLimitPartition.GetNoLimiter((0UL, ""))
            : RateLimitPartition.GetTokenBucketLimiter((ClientId.Of(httpContext), httpContext.Request.Path.Value ?? ""), _bucket);

    private async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(_cacheSeconds);
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Polling too fast",
            detail: $"This document may be fetched once every {_cacheSeconds} s (its Cache-Control max-age); try again after Retry-After seconds, with If-None-Match.")
            .ExecuteAsync(http);
        _pollers.Record(ClientId.Of(http), http);
    }
}
