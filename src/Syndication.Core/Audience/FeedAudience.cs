namespace Syndication.Core.Audience;

/// <summary>One channel's audience.</summary>
/// <param name="Feed">The channel's name.</param>
/// <param name="Readers">Subscribers plus direct clients.</param>
/// <param name="Subscribers">The counts aggregators report for it, over all their subscriptions.</param>
/// <param name="DirectClients">Distinct clients (address and User-Agent) without a count that polled it.</param>
/// <param name="Aggregators">Each aggregator's count, largest first.</param>
public sealed record FeedAudience(string Feed, long Readers, long Subscribers, int DirectClients, IReadOnlyList<AggregatorAudience> Aggregators);
