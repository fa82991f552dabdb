using Syndication.Core.Building;
using Syndication.Core.Channels;

namespace Syndication.Core.Rendering;

/// <summary>
/// The human-readable pages, each with feed autodiscovery links and one inline style sheet (no script, no external
/// asset): the index, a page per feed, tag and category listing its entries, and a page per article.
/// </summary>
public static class HtmlPages
{
    public const string MediaType = "text/html";

    /// <summary>The extension of a channel's page beside its documents: <c>/feeds/{feed}.html</c>, <c>/feeds/{feed}/tags/{tag}.html</c>.</summary>
    public const string Extension = "html";

    /// <summary>Changed whenever a page template changes, so every page is rendered again once.</summary>
    public const string Version = "2";

    /// <summary>The page of entry <paramref name="index"/> of <paramref name="all"/>, its feed's document of every entry newest first (the older and newer entries are its neighbours).</summary>
    public static byte[] Article(FeedDocument all, int index) => ArticlePage.Render(all, index);

    /// <summary>The page of one entry of <paramref name="all"/>, found by reference.</summary>
    public static byte[] Article(FeedDocument all, FeedEntry entry) => ArticlePage.Render(all, IndexOf(all, entry));

    /// <summary>
    /// A fingerprint of everything <see cref="Article(FeedDocument, int)"/> shows, its neighbours included: equal stamps,
    /// equal pages, so a run renders only the pages whose stamp moved.
    /// </summary>
    public static string ArticleStamp(FeedDocument all, int index) => ArticlePage.Stamp(all, index);

    /// <summary>Whether the channel has a page of its own: a feed, a tag or a category does; the combined feed's page is the index.</summary>
    public static bool HasListing(Channel channel) => channel is FeedChannel or TermChannel;

    /// <summary>The page of a feed, tag or category channel, from its subscription document: the entries that document carries.</summary>
    public static byte[] Listing(FeedDocument subscription) => ListingPage.Render(subscription);

    /// <summary>The index: the combined feed (with the OPML list) when there is a <paramref name="site"/>, then each feed with its newest entries.</summary>
    public static byte[] Index(PublicUrls urls, SiteChannel? site, IReadOnlyList<ChannelEntries> feeds) => IndexPage.Render(urls, site, feeds);

    private static int IndexOf(FeedDocument all, FeedEntry entry)
    {
        for (var i = 0; i < all.Entries.Count; i++)
        {
            if (ReferenceEquals(all.Entries[i], entry))
            {
                return i;
            }
        }

        throw new ArgumentException("The entry is not in the document.", nameof(entry));
    }
}
