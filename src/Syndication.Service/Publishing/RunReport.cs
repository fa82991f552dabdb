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
    DateTimeOffset FinishedAt);

/// <summary>What one run did, feed by feed.</summary>
internal sealed record RunReport(DateTimeOffset StartedAt, long DurationMs, IReadOnlyList<FeedRunResult> Feeds)
{
    public bool Succeeded => Feeds.All(f => f.Succeeded);
}
