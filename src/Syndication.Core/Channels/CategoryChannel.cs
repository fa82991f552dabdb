using Syndication.Core.Model;

namespace Syndication.Core.Channels;

/// <summary>A feed's entries in one category (front matter <c>categories</c>): <c>/feeds/{feed}/categories/{slug}.{ext}</c>.</summary>
public sealed class CategoryChannel(FeedDefinition feed, string category)
    : TermChannel(feed, Folder, category, $"{feed.Title}: {category}", $"Articles of {feed.Title} in the category “{category}”.")
{
    /// <summary>The URL and storage folder of a feed's category channels.</summary>
    public const string Folder = "categories";
}
