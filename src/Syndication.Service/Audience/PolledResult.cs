namespace Syndication.Service.Audience;

/// <summary>
/// Serves a subscription document, then records the poll with the status it got (200, 304, 226…), which ASP.NET decides
/// only while executing the result.
/// </summary>
internal sealed class PolledResult(IResult document, PollingStatistics pollers, ulong client) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var executing = document.ExecuteAsync(httpContext);
        if (!executing.IsCompletedSuccessfully)
        {
            return RecordAfterAsync(executing, httpContext);
        }

        pollers.Record(client, httpContext);
        return executing;
    }

    private async Task RecordAfterAsync(Task executing, HttpContext httpContext)
    {
        await executing;
        pollers.Record(client, httpContext);
    }
}
