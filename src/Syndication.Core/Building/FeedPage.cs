namespace Syndication.Core.Building;

/// <summary>
/// Where a document sits in the feed's RFC 5005 history: the subscription document (complete when nothing is archived,
/// else linking its newest archive) or archive page <see cref="Number"/> (1 is the oldest).
/// </summary>
public sealed record FeedPage(int? Number, int? PrevArchive, int? NextArchive)
{
    /// <summary>No paging markup: a document built without knowing the feed's archives.</summary>
    public static readonly FeedPage Unknown = new(null, null, null);

    public bool IsArchive => Number is not null;

    /// <summary>A subscription document with no archives behind it carries every entry (RFC 5005 §2, fh:complete).</summary>
    public bool IsComplete { get; init; }

    public static FeedPage Subscription(int archives) =>
        archives == 0 ? new FeedPage(null, null, null) { IsComplete = true } : new FeedPage(null, archives, null);

    /// <summary>Archive page <paramref name="number"/>; its next-archive link names the page that will follow it, so the page never has to change.</summary>
    public static FeedPage Archive(int number) => new(number, number > 1 ? number - 1 : null, number + 1);
}
