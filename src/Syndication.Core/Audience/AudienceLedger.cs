namespace Syndication.Core.Audience;

/// <summary>
/// Who follows each channel: the latest count each aggregator reports per subscription (its feed-id, else the document
/// it polls), and the distinct direct clients (address and User-Agent, one reader each) seen within the window. Both
/// are bounded: past <c>capacity</c> entries each, the least recently seen is forgotten. Safe to call from any thread.
/// </summary>
public sealed class AudienceLedger
{
    private readonly TimeProvider _time;
    private readonly TimeSpan _window;
    private readonly RecentlySeen<Subscription, int> _subscriptions;
    private readonly RecentlySeen<(string Channel, ulong Client), bool> _clients;

    /// <param name="time">The clock; tests pass a fake one.</param>
    /// <param name="window">A count or a client not seen for this long no longer counts.</param>
    /// <param name="capacity">The most subscriptions, and separately the most channel-and-client pairs, remembered.</param>
    public AudienceLedger(TimeProvider time, TimeSpan window, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        _time = time;
        _window = window;
        _subscriptions = new RecentlySeen<Subscription, int>(capacity);
        _clients = new RecentlySeen<(string, ulong), bool>(capacity);
    }

    /// <summary>
    /// One poll of <paramref name="channel"/>'s document in <paramref name="format"/>: an aggregator's count replaces its
    /// previous count for the same subscription; anything else is a direct client, identified by <paramref name="client"/>
    /// (a hash of its address and User-Agent).
    /// </summary>
    public void Record(string channel, string format, string? userAgent, ulong client)
    {
        var now = _time.GetUtcNow();
        if (SubscriberClaim.Parse(userAgent) is { } claim)
        {
            // Without a feed-id the document is the subscription: Atom and RSS subscribers are different people.
            _subscriptions.Set(new Subscription(channel, claim.FeedId is null ? format : "", claim.Aggregator, claim.FeedId), claim.Subscribers, now);
        }
        else
        {
            _clients.Set((channel, client), true, now);
        }
    }

    /// <summary>Each channel's audience and the total, as of now.</summary>
    public AudienceReport Report()
    {
        var since = _time.GetUtcNow() - _window;
        var tally = new AudienceTally();
        foreach (var (subscription, count, _) in _subscriptions.Since(since))
        {
            tally.AddSubscription(subscription.Channel, subscription.Aggregator, count);
        }

        foreach (var ((channel, client), _, _) in _clients.Since(since))
        {
            tally.AddClient(channel, client);
        }

        return tally.Report();
    }

    private readonly record struct Subscription(string Channel, string Format, string Aggregator, string? FeedId);
}
