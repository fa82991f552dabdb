namespace Syndication.Service.Storage;

/// <summary>The store's structured events: files found altered on disk, planted in its place, or a folder open to other users.</summary>
internal static partial class StoreLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Warning,
        Message = "{Path} in the output folder was missing or changed behind the service's back (deleted, truncated, edited or replaced by a link); written again")]
    public static partial void DocumentRestored(this ILogger logger, string path);

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning,
        Message = "{Path} in the output folder is no longer the file the service wrote; left in place, not deleted")]
    public static partial void LeftInPlace(this ILogger logger, string path);

    [LoggerMessage(EventId = 202, Level = LogLevel.Warning,
        Message = "{Path} in the output folder is not a file the service wrote (a link, or not a regular file): ignored, so nothing is served from disk until the next run rewrites each document")]
    public static partial void ManifestIgnored(this ILogger logger, string path);

    [LoggerMessage(EventId = 203, Level = LogLevel.Error, Message = "{Path} in the output folder cannot be written, so no document can be published: {Error}")]
    public static partial void ManifestNotWritable(this ILogger logger, string path, string error);

    [LoggerMessage(EventId = 205, Level = LogLevel.Error,
        Message = "{Path} in the output folder was deleted or altered while the service was not running and cannot be rebuilt; it is published again when its content next changes")]
    public static partial void DocumentLost(this ILogger logger, string path);

    [LoggerMessage(EventId = 206, Level = LogLevel.Error, Message = "{Path} in the output folder could not be written again: {Error}")]
    public static partial void RestoreFailed(this ILogger logger, string path, string error);

    [LoggerMessage(EventId = 204, Level = LogLevel.Warning, Message = "{Warning}")]
    public static partial void OutputFolderOpen(this ILogger logger, string warning);
}
