namespace Syndication.Service.Publishing;

/// <summary>The regenerator's structured events: one per feed per run, one per problem.</summary>
internal static partial class RegeneratorLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information,
        Message = "Feed {Feed} regenerated: {Entries} entries, changed {Changed}, {DurationMs} ms, {Warnings} warnings, {Errors} errors")]
    public static partial void FeedRegenerated(this ILogger logger, string feed, int entries, bool changed, long durationMs, int warnings, int errors);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "{Problem}")]
    public static partial void SourceWarning(this ILogger logger, string problem);

    [LoggerMessage(EventId = 102, Level = LogLevel.Error, Message = "{Problem}")]
    public static partial void SourceError(this ILogger logger, string problem);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "Feed {Feed} removed: its folder is gone, so are its documents")]
    public static partial void FeedRemoved(this ILogger logger, string feed);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "No Syndication:AdminToken configured; this run's admin token is {AdminToken}")]
    public static partial void GeneratedAdminToken(this ILogger logger, string adminToken);
}
