using Microsoft.Extensions.Options;
using Syndication.Service.Options;

namespace Syndication.Service.Logging;

/// <summary>
/// One line per <see cref="SyndicationOptions.RequestSummarySeconds"/> with the requests <see cref="RequestTally"/>
/// counted instead of logging one by one; nothing when none came.
/// </summary>
internal sealed partial class RequestSummary(RequestTally tally, IOptions<SyndicationOptions> options, TimeProvider time, ILogger<RequestSummary> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RequestSummarySeconds), time);
        var since = time.GetTimestamp();
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                since = Log(since);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: the part of a period before it is logged below.
        }

        Log(since);
    }

    /// <summary>Logs the counts since <paramref name="since"/>, and returns when the next period starts.</summary>
    private long Log(long since)
    {
        var now = time.GetTimestamp();
        var counts = tally.TakeCounts();
        if (counts.Total > 0)
        {
            var seconds = Math.Round(time.GetElapsedTime(since, now).TotalSeconds, 1);
            Served(counts.Total, seconds, counts.Ok, counts.NotModified, counts.OtherRedirects, counts.Refused);
        }

        return now;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Answered {Requests} requests in {Seconds} s: {Ok} with 2xx, {NotModified} with 304, {Redirects} other 3xx, {Refused} fast polls refused with 429")]
    private partial void Served(long requests, double seconds, long ok, long notModified, long redirects, long refused);
}
