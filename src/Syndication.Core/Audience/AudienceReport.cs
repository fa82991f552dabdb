namespace Syndication.Core.Audience;

/// <summary>The audience of every channel together.</summary>
/// <param name="Readers">Subscribers plus direct clients.</param>
/// <param name="Subscribers">The counts aggregators report, added over channels and subscriptions.</param>
/// <param name="DirectClients">Distinct clients (address and User-Agent) without a count, over all channels.</param>
/// <param name="Aggregators">Each aggregator's counts over all channels, largest first.</param>
/// <param name="Feeds">Each channel ("news", "news/tags/rust", "~site") that was polled within the window, by name.</param>
public sealed record AudienceReport(long Readers, long Subscribers, int DirectClients, IReadOnlyList<AggregatorAudience> Aggregators, IReadOnlyList<FeedAudience> Feeds);
