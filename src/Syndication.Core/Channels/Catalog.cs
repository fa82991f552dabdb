using Syndication.Core.Building;
using Syndication.Core.Model;

namespace Syndication.Core.Channels;

/// <summary>One feed as read from its folder: the definition and every readable article, drafts and future ones included.</summary>
public sealed record CatalogFeed(FeedDefinition Definition, IReadOnlyList<Article> Articles);

/// <summary>
/// Every feed of the feeds folder as read, before time decides what is published. <see cref="Channels"/> turns it into
/// what to publish at a time: each feed's entries are built once and every other channel reuses them, so an entry has
/// one id, link and content everywhere.
/// </summary>
public sealed record Catalog(IReadOnlyList<CatalogFeed> Feeds)
{
    /// <summary>
    /// Every channel published at <paramref name="now"/>, each with all its entries newest first: the feeds in catalog
    /// order, then each feed's tags and categories (by slug), then the combined site feed.
    /// </summary>
    public ChannelSet Channels(FeedBuilder builder, SiteChannel site, DateTimeOffset now)
    {
        var feeds = Feeds
            .Select(f => new ChannelEntries(new FeedChannel(f.Definition), builder.Entries(f.Definition, f.Articles, now)))
            .ToList();
        var problems = new List<Problem>();
        // A new kind of channel is one class with a Derive function, and one line here.
        ChannelKind[] kinds = [TagChannel.Derive, CategoryChannel.Derive, site.Derive];
        var channels = feeds.Concat(kinds.SelectMany(kind => kind(feeds, problems))).ToList();
        return new ChannelSet(channels, problems);
    }
}
