using Syndication.Core.Model;

namespace Syndication.Core.Channels;

/// <summary>A feed's entries with one category (front matter <c>categories</c>): <c>/feeds/{feed}/categories/{slug}.{ext}</c>.</summary>
public sealed class CategoryChannel : TermChannel
{
    /// <summary>The URL and storage folder of a feed's category channels.</summary>
    public const string Folder = "categories";

    /// <param name="feed">The feed whose entries are in the category.</param>
    /// <param name="category">The category as written; its slug names the channel.</param>
    public CategoryChannel(FeedDefinition feed, string category)
        : this(feed, category, TermSlugs.Of(category))
    {
    }

    private CategoryChannel(FeedDefinition feed, string category, string slug)
        : base(feed, Folder, category, slug)
    {
    }

    private protected override string Description => $"Articles of {Feed.Title} in the category “{Term}”.";

    /// <summary>One channel per category slug of each feed, with the feed's entries that carry it; names sharing a slug are reported.</summary>
    public static IEnumerable<ChannelEntries> Derive(IReadOnlyList<ChannelEntries> feeds, List<Problem> problems) =>
        TermGroups.Derive(feeds, "category", a => a.Categories, (feed, name, slug) => new CategoryChannel(feed, name, slug), problems);
}
