namespace Syndication.Service.Audience;

/// <summary>
/// What is kept about one client's polls: counters, the latest intervals between polls of the same document, and per
/// document the last poll and the ETag it got. Fixed size, whatever the client does; changed under its own lock.
/// </summary>
internal sealed class PollerStats(string address, string userAgent)
{
    // Enough for a median that one odd poll does not move, and for the few documents (Atom, RSS, JSON) a reader takes.
    private const int Intervals = 32;
    private const int Documents = 4;
    private const int MaxUserAgentLength = 256;

    private readonly Lock _gate = new();
    private readonly long[] _intervals = new long[Intervals];
    private readonly DocumentPoll[] _documents = new DocumentPoll[Documents];
    private int _intervalCount;
    private long _requests;
    private long _notModified;
    private long _refused;
    private long _repeats;
    private long _unchangedRefetches;
    private DateTimeOffset _lastSeen;

    public static PollerStats For(HttpContext context)
    {
        var userAgent = ClientId.UserAgent(context);
        return new PollerStats(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            userAgent.Length > MaxUserAgentLength ? userAgent[..MaxUserAgentLength] : userAgent);
    }

    /// <summary>One poll of <paramref name="document"/> (its path), answered with <paramref name="status"/> and <paramref name="etag"/>.</summary>
    public void Record(string document, int status, string? etag, DateTimeOffset now)
    {
        lock (_gate)
        {
            _requests++;
            _notModified += status == StatusCodes.Status304NotModified ? 1 : 0;
            _refused += status == StatusCodes.Status429TooManyRequests ? 1 : 0;
            _lastSeen = now;
            ref var poll = ref Slot(document);
            if (poll.Document is not null)
            {
                _repeats++;
                _intervals[_intervalCount++ % Intervals] = (now - poll.At).Ticks;
                // A 200 carrying the very ETag it got last time: the client did not ask conditionally.
                _unchangedRefetches += status == StatusCodes.Status200OK && etag is not null && etag == poll.ETag ? 1 : 0;
            }

            poll.Document = document;
            poll.At = now;
            if (status == StatusCodes.Status200OK)
            {
                poll.ETag = etag;
            }
        }
    }

    public PollerReport Report(int cacheSeconds)
    {
        lock (_gate)
        {
            var intervals = _intervals.AsSpan(0, Math.Min(_intervalCount, Intervals)).ToArray();
            Array.Sort(intervals);
            double? median = intervals.Length == 0 ? null : Seconds(intervals.Length % 2 == 1
                ? intervals[intervals.Length / 2]
                : (intervals[(intervals.Length / 2) - 1] + intervals[intervals.Length / 2]) / 2);
            double? shortest = intervals.Length == 0 ? null : Seconds(intervals[0]);
            var documents = 0;
            foreach (var poll in _documents)
            {
                documents += poll.Document is null ? 0 : 1;
            }

            return new PollerReport(address, userAgent, _requests, _notModified, (double)_notModified / _requests, _refused, documents,
                median, shortest, intervals.Length >= 2 && median < cacheSeconds, _unchangedRefetches >= 2 && _unchangedRefetches * 2 > _repeats, _lastSeen);
        }
    }

    /// <summary>The document's slot, or the least recently polled one to reuse (cleared) when it is new.</summary>
    private ref DocumentPoll Slot(string document)
    {
        var oldest = 0;
        for (var i = 0; i < Documents; i++)
        {
            if (string.Equals(_documents[i].Document, document, StringComparison.Ordinal))
            {
                return ref _documents[i];
            }

            if (_documents[i].Document is null || _documents[oldest].Document is not null && _documents[i].At < _documents[oldest].At)
            {
                oldest = i;
            }
        }

        _documents[oldest] = default;
        return ref _documents[oldest];
    }

    private static double Seconds(long ticks) => Math.Round(TimeSpan.FromTicks(ticks).TotalSeconds, 3);

    private struct DocumentPoll
    {
        public string? Document;
        public DateTimeOffset At;
        public string? ETag;
    }
}
