using Syndication.Core.Model;

namespace Syndication.Core.Channels;

/// <summary>A feed's entries with one tag (front matter <c>tags</c>): <c>/feeds/{feed}/tags/{slug}.{ext}</c>.</summary>
public sealed class TagChannel : TermChannel
{
    /// <summary>The URL and storage folder of a feed's tag channels.</summary>
    public const string Folder = "tags";

    /// <param name="feed">The feed whose entries carry the tag.</param>
    /// <param name="tag">The tag as written; its slug names the channel.</param>
    public TagChannel(FeedDefinition feed, string tag)
        : this(feed, tag, TermSlugs.Of(tag))
    {
    }

    private TagChannel(FeedDefinition feed, string tag, string slug)
        : base(feed, Folder, tag, slug)
    {
    }

    private protected override string Description => $"Articles of {Feed.Title} tagged “{Term}”.";

    /// <summary>One channel per tag slug of each feed, with the feed's entries that carry it; names sharing a slug are reported.</summary>
    public static IEnumerable<ChannelEntries> Derive(IReadOnlyList<ChannelEntries> feeds, List<Problem> problems) =>
        TermGroups.Derive(feeds, "tag", a => a.Tags, (feed, name, slug) => new TagChannel(feed, name, slug), problems);
}
