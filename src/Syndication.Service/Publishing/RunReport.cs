using Syndication.Core.Model;

namespace Syndication.Service.Publishing;

/// <summary>What one run did to one feed.</summary>
internal sealed record FeedRunResult(
    string Feed,
    bool Succeeded,
    int Entries,
    bool Changed,
    long DurationMs,
    IReadOnlyList<Problem> Warnings,
    IReadOnlyList<Problem> Errors,
    DateTimeOffset FinishedAt)
{
    /// <summary>When the feed's earliest future-dated article falls due or its first tombstone expires, so it runs then; null when neither will.</summary>
    public DateTimeOffset? NextDue { get; init; }
}

/// <summary>What one run did, feed by feed, and what went wrong outside any one feed (listing the feeds, the index).</summary>
internal sealed record RunReport(DateTimeOffset StartedAt, long DurationMs, IReadOnlyList<FeedRunResult> Feeds)
{
    public IReadOnlyList<Problem> Errors { get; init; } = [];

    public bool Succeeded => Errors.Count == 0 && Feeds.All(f => f.Succeeded);
}
