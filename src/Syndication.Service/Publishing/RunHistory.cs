using System.Collections.Concurrent;
using Syndication.Core.Model;

namespace Syndication.Service.Publishing;

/// <summary>The latest run of each feed and its last good definition, and the durations of recent runs, for /admin/status, readiness and the index page.</summary>
internal sealed class RunHistory
{
    private readonly ConcurrentDictionary<string, FeedState> _feeds = new(StringComparer.Ordinal);
    private readonly Queue<RunDuration> _recentRuns = new();
    private volatile CompletedRun? _lastRun;
    private long _runs;

    /// <summary>How many finished runs <see cref="RecentRuns"/> keeps: enough for a chart, bounded so a long uptime costs nothing.</summary>
    public const int RecentRunCount = 50;

    /// <summary>The latest run that finished, with every feed the feeds folder held then; null before the first.</summary>
    public CompletedRun? LastRun => _lastRun;

    /// <summary>How many runs have finished since the service started.</summary>
    public long Runs => Interlocked.Read(ref _runs);

    /// <summary>The latest finished runs (at most <see cref="RecentRunCount"/>), oldest first.</summary>
    public IReadOnlyList<RunDuration> RecentRuns
    {
        get
        {
            lock (_recentRuns)
            {
                return [.. _recentRuns];
            }
        }
    }

    public void RecordRun(RunReport report, IReadOnlyList<string> feeds)
    {
        _lastRun = new CompletedRun(report, feeds);
        Interlocked.Increment(ref _runs);
        lock (_recentRuns)
        {
            _recentRuns.Enqueue(new RunDuration(report.StartedAt, report.DurationMs, report.Succeeded, report.Feeds.Count));
            while (_recentRuns.Count > RecentRunCount)
            {
                _recentRuns.Dequeue();
            }
        }
    }

    public void Record(FeedRunResult result, FeedDefinition? definition) =>
        _feeds.AddOrUpdate(
            result.Feed,
            _ => new FeedState(result, result.Succeeded ? result.FinishedAt : null, definition),
            (_, old) => new FeedState(result, result.Succeeded ? result.FinishedAt : old.LastSuccess, definition ?? old.Definition));

    public void Forget(string feed) => _feeds.TryRemove(feed, out _);

    public FeedState? Get(string feed) => _feeds.GetValueOrDefault(feed);

    public IReadOnlyDictionary<string, FeedState> All => _feeds;
}

/// <summary>A finished run and the feeds that were in the feeds folder when it started.</summary>
internal sealed record CompletedRun(RunReport Report, IReadOnlyList<string> Feeds);

/// <summary>One feed's latest run, when it last succeeded, and the feed.yaml that last parsed.</summary>
internal sealed record FeedState(FeedRunResult LastRun, DateTimeOffset? LastSuccess, FeedDefinition? Definition);
