namespace Syndication.Core.Audience;

/// <summary>What one aggregator reports.</summary>
/// <param name="Aggregator">Its name ("Feedly").</param>
/// <param name="Subscribers">Its latest count per subscription, added up.</param>
/// <param name="Subscriptions">How many subscriptions (feed-ids, or documents when it sends none) the count is made of.</param>
public sealed record AggregatorAudience(string Aggregator, long Subscribers, int Subscriptions);
