namespace Syndication.Service.Options;

/// <summary>The <c>Syndication:Audience</c> section: how long and how much the audience and polling statistics remember.</summary>
internal sealed class AudienceOptions
{
    /// <summary>A direct client, an aggregator's count or a poller not seen for this long no longer counts.</summary>
    public int WindowHours { get; set; } = 24;

    /// <summary>The most clients (and, separately, aggregator subscriptions) remembered; the least recently seen go first.</summary>
    public int MaxClients { get; set; } = 10_000;

    /// <summary>Clients that poll a document faster than <see cref="SyndicationOptions.CacheSeconds"/> get 429 with Retry-After.</summary>
    public bool RefuseFastPolling { get; set; }
}
