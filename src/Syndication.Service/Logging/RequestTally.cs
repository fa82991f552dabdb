using Serilog.Events;

namespace Syndication.Service.Logging;

/// <summary>
/// Which requests get a log line of their own. Writing one line per poll cost a fifth of the service's request-processing time
/// under load (perf, wrk at 32 connections), so answered polls are counted here and <see cref="RequestSummary"/> logs the
/// counts once a minute; every request that went wrong still gets its own line, as it always did.
/// - an exception or a 5xx: Error;
/// - a 4xx other than 429 (a wrong URL, a refused token, a bad header): Information, so probes and broken links show;
/// - anything slower than <see cref="SlowMilliseconds"/>: Warning;
/// - the rest (2xx, 3xx, and 429s refusing fast pollers): Debug, and counted.
/// </summary>
internal sealed class RequestTally
{
    public const double SlowMilliseconds = 1000;

    private long _ok;
    private long _notModified;
    private long _otherRedirects;
    private long _refused;

    public LogEventLevel Level(HttpContext context, double elapsedMilliseconds, Exception? exception)
    {
        var status = context.Response.StatusCode;
        if (exception is not null || status >= StatusCodes.Status500InternalServerError)
        {
            return LogEventLevel.Error;
        }

        if (status >= StatusCodes.Status400BadRequest && status != StatusCodes.Status429TooManyRequests)
        {
            return LogEventLevel.Information;
        }

        switch (status)
        {
            case StatusCodes.Status304NotModified:
                Interlocked.Increment(ref _notModified);
                break;
            case StatusCodes.Status429TooManyRequests:
                Interlocked.Increment(ref _refused);
                break;
            case < StatusCodes.Status300MultipleChoices:
                Interlocked.Increment(ref _ok);
                break;
            default:
                Interlocked.Increment(ref _otherRedirects);
                break;
        }

        return elapsedMilliseconds > SlowMilliseconds ? LogEventLevel.Warning : LogEventLevel.Debug;
    }

    /// <summary>The counts since the last call, which starts the next period at zero.</summary>
    public Counts TakeCounts() => new(
        Interlocked.Exchange(ref _ok, 0),
        Interlocked.Exchange(ref _notModified, 0),
        Interlocked.Exchange(ref _otherRedirects, 0),
        Interlocked.Exchange(ref _refused, 0));

    public readonly record struct Counts(long Ok, long NotModified, long OtherRedirects, long Refused)
    {
        public long Total => Ok + NotModified + OtherRedirects + Refused;
    }
}
