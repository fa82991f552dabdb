using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Syndication.Service.Options;

namespace Syndication.Service.Endpoints;

/// <summary>
/// Slows down token guessing: each client (by IP address) may fail admin authentication a few times per window; after
/// that every admin request from it answers 429 with Retry-After until the window ends. Successes cost nothing.
/// </summary>
internal sealed class AdminFailureLimiter(IOptions<SyndicationOptions> options) : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.AdminFailuresPerMinute,
            Window = Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Whether the client has used up its failures; if so, how long until it may try again.</summary>
    public bool IsBlocked(string client, out TimeSpan retryAfter)
    {
        using var probe = _limiter.AttemptAcquire(client, permitCount: 0);
        retryAfter = probe.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        return !probe.IsAcquired;
    }

    /// <summary>Counts one failed attempt against the client.</summary>
    public void RecordFailure(string client)
    {
        using var lease = _limiter.AttemptAcquire(client);
    }

    public static string RetryAfterHeader(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    public void Dispose() => _limiter.Dispose();
}
