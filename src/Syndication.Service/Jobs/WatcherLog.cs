namespace Syndication.Service.Jobs;

/// <summary>The feeds-folder watcher's structured events.</summary>
internal static partial class WatcherLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Watching {Folder}: changes are published within about a second")]
    public static partial void Watching(this ILogger logger, string folder);

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "{Folder} cannot be watched ({Error}); changes are published on schedule only")]
    public static partial void CannotWatch(this ILogger logger, string folder, string error);

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "The feeds folder watcher lost events ({Error}); every feed is checked now")]
    public static partial void EventsLost(this ILogger logger, string error);

    [LoggerMessage(EventId = 303, Level = LogLevel.Warning, Message = "A run for changes in the feeds folder could not be scheduled ({Error}); the schedule publishes them")]
    public static partial void RunNotScheduled(this ILogger logger, string error);
}
