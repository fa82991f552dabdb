using Syndication.Core.Model;

namespace Syndication.Core.Channels;

/// <summary>A feed's entries in one category (front matter <c>categories</c>): <c>/feeds/{feed}/categories/{slug}.{ext}</c>.</summary>
public sealed class CategoryChannel(FeedDefinition feed, string category)
    : TermChannel(feed, Folder, category, $"{feed.Title}: {category}", $"Articles of {feed.Title} in the category “{category}”.")
{
    /// <summary>The URL and storage folder of a feed's category channels.</summary>
    public const string Folder = "categories";

    /// <summary>One channel per category slug of each feed, with the feed's entries that carry it; names sharing a slug are reported.</summary>
    public static IEnumerable<ChannelEntries> Derive(IReadOnlyList<ChannelEntries> feeds, List<Problem> problems) =>
        TermGroups.Derive(feeds, "category", a => a.Categories, (feed, name) => new CategoryChannel(feed, name), problems);
}
