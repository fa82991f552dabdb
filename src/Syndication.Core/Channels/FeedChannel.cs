using Syndication.Core.Building;
using Syndication.Core.Model;

namespace Syndication.Core.Channels;

/// <summary>
/// One feed folder: <c>/feeds/{feed}.{ext}</c> with archives under <c>/feeds/{feed}/archive/</c>, stored as
/// <c>{feed}.{ext}</c> and <c>{feed}/archive/{n}.{ext}</c>; its id is feed.yaml's <c>id</c>, else derived from the name.
/// </summary>
public sealed class FeedChannel(FeedDefinition feed) : Channel
{
    /// <summary>The feed's definition, as read from its feed.yaml.</summary>
    public FeedDefinition Feed { get; } = feed;

    public override string Name => Feed.Name;

    public override string Id { get; } = feed.Id ?? EntryIds.ForFeed(feed.Name);

    public override FeedDefinition Definition => Feed;

    protected override string UrlStem => UrlPath(Feed.Name);

    protected override string KeyStem => Feed.Name;

    /// <summary>The path of a feed's subscription document under the base URL, without the extension.</summary>
    internal static string UrlPath(string feed) => $"feeds/{feed}";
}
