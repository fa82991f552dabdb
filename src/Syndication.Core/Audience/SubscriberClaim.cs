namespace Syndication.Core.Audience;

/// <summary>
/// What an aggregator says about itself in its User-Agent: who it is, how many of its users follow the document, and
/// which of its own subscriptions the poll is for (two ids are two subscriptions, say to the http and https URLs).
/// </summary>
/// <param name="Aggregator">A stable name: "Feedly", "Inoreader", or the product token of an aggregator not known by name.</param>
/// <param name="Subscribers">The count it reports; 0 is a count too.</param>
/// <param name="FeedId">Its id of the subscription (<c>feed-id=…</c>, <c>feed-id:…</c>, <c>feedId: …</c>, NewsBlur's <c>/site/…</c>), if it gives one.</param>
public sealed record SubscriberClaim(string Aggregator, int Subscribers, string? FeedId)
{
    /// <summary>Only this much of a User-Agent is read: every real one is far shorter, and a request cannot make us scan more.</summary>
    public const int MaxUserAgentLength = 1024;

    /// <summary>The claim in <paramref name="userAgent"/>, or null when it names no subscriber count (a reader polling for one person).</summary>
    public static SubscriberClaim? Parse(string? userAgent)
    {
        if (string.IsNullOrEmpty(userAgent))
        {
            return null;
        }

        var text = userAgent.AsSpan(0, Math.Min(userAgent.Length, MaxUserAgentLength));
        return SubscriberCount.Find(text) is { } count ? new SubscriberClaim(AggregatorName.Of(text), count, FeedIdentity.Find(text)) : null;
    }
}
