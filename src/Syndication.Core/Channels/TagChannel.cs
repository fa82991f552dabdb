using Syndication.Core.Model;

namespace Syndication.Core.Channels;

/// <summary>A feed's entries with one tag (front matter <c>tags</c>): <c>/feeds/{feed}/tags/{slug}.{ext}</c>.</summary>
public sealed class TagChannel(FeedDefinition feed, string tag)
    : TermChannel(feed, Folder, tag, $"{feed.Title}: {tag}", $"Articles of {feed.Title} tagged “{tag}”.")
{
    /// <summary>The URL and storage folder of a feed's tag channels.</summary>
    public const string Folder = "tags";

    /// <summary>One channel per tag slug of each feed, with the feed's entries that carry it; names sharing a slug are reported.</summary>
    public static IEnumerable<ChannelEntries> Derive(IReadOnlyList<ChannelEntries> feeds, List<Problem> problems) =>
        TermGroups.Derive(feeds, "tag", a => a.Tags, (feed, name) => new TagChannel(feed, name), problems);
}
