using Syndication.Core.Channels;
using Syndication.Core.Model;

namespace Syndication.Service.Publishing;

/// <summary>Finds a feed's tag or category channel from its name ("news/tags/rust"), to remove one no article carries any more.</summary>
internal static class TermChannels
{
    public static TermChannel? Named(FeedDefinition feed, string name) =>
        name.Split('/') switch
        {
            [var f, TagChannel.Folder, var slug] when f == feed.Name && TermSlugs.IsValid(slug) => new TagChannel(feed, slug),
            [var f, CategoryChannel.Folder, var slug] when f == feed.Name && TermSlugs.IsValid(slug) => new CategoryChannel(feed, slug),
            _ => null,
        };
}
