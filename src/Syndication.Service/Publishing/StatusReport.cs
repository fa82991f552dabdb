using Syndication.Core.Audience;
using Syndication.Service.Audience;
using Syndication.Service.WebSub;

namespace Syndication.Service.Publishing;

// The records of GET /admin/status, built by StatusQuery; the dashboard renders the same ones.

/// <summary>Everything an operator checks: the latest run, each feed, WebSub hubs, the output folder, the audience and the busiest pollers.</summary>
internal sealed record StatusReport(
    RunStatus? LastRun,
    IReadOnlyList<FeedStatus> Feeds,
    IReadOnlyList<HubDelivery> WebSub,
    OutputFolderStatus OutputFolder,
    AudienceReport Audience,
    IReadOnlyList<PollerReport> Pollers,
    IReadOnlyList<RunDuration> RecentRuns);

/// <summary>The latest finished run as a whole; errors are those outside any one feed.</summary>
internal sealed record RunStatus(DateTimeOffset StartedAt, long DurationMs, bool Succeeded, IReadOnlyList<ProblemReport> Errors);

/// <summary>One finished run, for the run-duration chart: when it started, how long it took, whether it succeeded, how many feeds it ran.</summary>
internal sealed record RunDuration(DateTimeOffset StartedAt, long DurationMs, bool Succeeded, int Feeds);

/// <summary>One feed's latest run (all null before its first) and its next one.</summary>
internal sealed record FeedStatus(
    string Feed,
    DateTimeOffset? LastRun,
    DateTimeOffset? LastSuccess,
    long? DurationMs,
    int? Entries,
    IReadOnlyList<ProblemReport> Warnings,
    IReadOnlyList<ProblemReport> Errors,
    DateTimeOffset? NextRun);

/// <summary>Folders on the output path that others may write to, each with the chmod that closes it.</summary>
internal sealed record OutputFolderStatus(IReadOnlyList<string> Warnings);
