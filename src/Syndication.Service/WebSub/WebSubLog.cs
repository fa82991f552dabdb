namespace Syndication.Service.WebSub;

internal static partial class WebSubLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "WebSub hub {Hub} told that {Topic} changed")]
    public static partial void HubNotified(this ILogger logger, string hub, string topic);

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning, Message = "WebSub hub {Hub} could not be told that {Topic} changed, after retries: {Error}")]
    public static partial void HubFailed(this ILogger logger, string hub, string topic, string error);
}
