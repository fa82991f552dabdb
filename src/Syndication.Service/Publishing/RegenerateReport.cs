namespace Syndication.Service.Publishing;

// The answers of POST /admin/regenerate and /admin/feeds/{feed}/regenerate.

/// <summary>A run the request waited for: as a whole (errors outside any feed) and feed by feed.</summary>
internal sealed record RegenerateReport(DateTimeOffset StartedAt, long DurationMs, bool Succeeded, IReadOnlyList<ProblemReport> Errors, IReadOnlyList<FeedRegenerated> Feeds)
{
    public static RegenerateReport From(RunReport report) => new(report.StartedAt, report.DurationMs, report.Succeeded, ProblemReport.From(report.Errors),
        [.. report.Feeds.Select(f => new FeedRegenerated(f.Feed, f.Succeeded, f.Entries, f.Changed, f.DurationMs, ProblemReport.From(f.Warnings), ProblemReport.From(f.Errors)))]);
}

/// <summary>What the run did to one feed; Changed says whether its documents' bytes changed.</summary>
internal sealed record FeedRegenerated(string Feed, bool Succeeded, int Entries, bool Changed, long DurationMs, IReadOnlyList<ProblemReport> Warnings, IReadOnlyList<ProblemReport> Errors);

/// <summary>A run that did not finish within AdminWaitSeconds; it goes on, and /admin/status will show it.</summary>
internal sealed record RegenerateRunning(string Status, string Detail);
