using Syndication.Core.Audience;
using Syndication.Core.Channels;

namespace Syndication.Service.Audience;

/// <summary>Where a served subscription document meets the audience ledger and the polling statistics; a few hundred nanoseconds a request.</summary>
internal sealed class FeedTraffic(AudienceLedger audience, PollingStatistics pollers)
{
    /// <summary>Counts the reader of the channel named <paramref name="channel"/> now, and returns <paramref name="document"/> wrapped to record the poll once answered.</summary>
    public IResult Observe(HttpContext context, string channel, string format, IResult document)
    {
        var userAgent = ClientId.UserAgent(context);
        var client = ClientId.Of(context.Connection.RemoteIpAddress, userAgent);
        audience.Record(channel, format, userAgent, client);
        return new PolledResult(document, pollers, client);
    }
}
