using Microsoft.Extensions.Primitives;
using Syndication.Core.Building;
using Syndication.Core.Channels;
using Syndication.Core.Rendering;

namespace Syndication.Service.Publishing;

/// <summary>WebSub discovery (RFC 8288 Link headers) of a subscription document: subscribers find the hubs and the canonical topic URL here.</summary>
internal static class DiscoveryLinks
{
    public static StringValues Of(Channel channel, FeedFormat format, FeedBuilder builder)
    {
        var links = new string[builder.Hubs.Count + 1];
        for (var i = 0; i < builder.Hubs.Count; i++)
        {
            links[i] = $"<{builder.Hubs[i].AbsoluteUri}>; rel=\"hub\"";
        }

        links[^1] = $"<{channel.DocumentUrl(builder.Urls, format.Extension).AbsoluteUri}>; rel=\"self\"";
        return links;
    }
}
