namespace Syndication.Core.Audience;

/// <summary>Adds up one snapshot of the ledger into the report: per channel, per aggregator, and in total.</summary>
internal sealed class AudienceTally
{
    private readonly SortedDictionary<string, Feed> _feeds = new(StringComparer.Ordinal);
    private readonly HashSet<ulong> _clients = [];

    public void AddSubscription(string channel, string aggregator, int count)
    {
        Add(FeedOf(channel).Aggregators, aggregator, count, 1);
    }

    public void AddClient(string channel, ulong client)
    {
        FeedOf(channel).Clients++;
        _clients.Add(client);
    }

    public AudienceReport Report()
    {
        var feeds = _feeds.Select(f => Describe(f.Key, f.Value.Aggregators, f.Value.Clients)).ToList();
        var total = new Dictionary<string, (long Subscribers, int Subscriptions)>(StringComparer.Ordinal);
        foreach (var aggregator in feeds.SelectMany(f => f.Aggregators))
        {
            Add(total, aggregator.Aggregator, aggregator.Subscribers, aggregator.Subscriptions);
        }

        var aggregators = Ranked(total);
        var subscribers = aggregators.Sum(a => a.Subscribers);
        // A desktop reader polling three channels is one reader in the total, though each channel counts it.
        return new AudienceReport(subscribers + _clients.Count, subscribers, _clients.Count, aggregators, feeds);
    }

    private static FeedAudience Describe(string channel, Dictionary<string, (long Subscribers, int Subscriptions)> counts, int clients)
    {
        var aggregators = Ranked(counts);
        var subscribers = aggregators.Sum(a => a.Subscribers);
        return new FeedAudience(channel, subscribers + clients, subscribers, clients, aggregators);
    }

    private static void Add(Dictionary<string, (long Subscribers, int Subscriptions)> counts, string aggregator, long subscribers, int subscriptions)
    {
        var (before, of) = counts.GetValueOrDefault(aggregator);
        counts[aggregator] = (before + subscribers, of + subscriptions);
    }

    private static List<AggregatorAudience> Ranked(Dictionary<string, (long Subscribers, int Subscriptions)> counts) =>
        [.. counts.Select(a => new AggregatorAudience(a.Key, a.Value.Subscribers, a.Value.Subscriptions))
            .OrderByDescending(a => a.Subscribers).ThenBy(a => a.Aggregator, StringComparer.Ordinal)];

    private Feed FeedOf(string channel)
    {
        if (!_feeds.TryGetValue(channel, out var feed))
        {
            _feeds[channel] = feed = new Feed();
        }

        return feed;
    }

    private sealed class Feed
    {
        public Dictionary<string, (long Subscribers, int Subscriptions)> Aggregators { get; } = new(StringComparer.Ordinal);

        public int Clients { get; set; }
    }
}
