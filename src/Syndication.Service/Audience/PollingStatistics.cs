using Microsoft.Extensions.Options;
using Syndication.Core.Audience;
using Syndication.Service.Options;

namespace Syndication.Service.Audience;

/// <summary>
/// Per-client polling statistics of the subscription documents, for operators to see who ignores 304s and who polls
/// faster than CacheSeconds. At most Audience:MaxClients clients are kept; the least recently seen is forgotten first.
/// </summary>
internal sealed class PollingStatistics(TimeProvider time, IOptions<SyndicationOptions> options)
{
    private readonly RecentlySeen<ulong, PollerStats> _pollers = new(options.Value.Audience.MaxClients);
    private readonly TimeSpan _window = TimeSpan.FromHours(options.Value.Audience.WindowHours);
    private long _polls;
    private long _notModified;

    /// <summary>Of all polls answered since start (whichever clients were forgotten since), the share answered 304.</summary>
    public double NotModifiedShare => Volatile.Read(ref _polls) is var polls and > 0 ? (double)Volatile.Read(ref _notModified) / polls : 0;

    /// <summary>The poll <paramref name="context"/> has just answered, by the client <paramref name="client"/> (<see cref="ClientId"/>).</summary>
    public void Record(ulong client, HttpContext context)
    {
        var now = time.GetUtcNow();
        var stats = _pollers.GetOrAdd(client, now, context, static (_, context) => PollerStats.For(context));
        var response = context.Response;
        Interlocked.Increment(ref _polls);
        if (response.StatusCode == StatusCodes.Status304NotModified)
        {
            Interlocked.Increment(ref _notModified);
        }

        stats.Record(context.Request.Path.Value ?? "", response.StatusCode, response.Headers.ETag.ToString(), now);
    }

    /// <summary>The <paramref name="count"/> clients with the most polls within the window, busiest first.</summary>
    public IReadOnlyList<PollerReport> Top(int count)
    {
        var cacheSeconds = options.Value.CacheSeconds;
        return [.. _pollers.Since(time.GetUtcNow() - _window)
            .Select(p => p.Value.Report(cacheSeconds))
            .OrderByDescending(p => p.Requests).ThenByDescending(p => p.LastSeen)
            .Take(count)];
    }
}
