using Syndication.Core.Building;
using Syndication.Core.Model;

namespace Syndication.Core.Channels;

/// <summary>A channel with every entry it publishes, newest first; its documents (subscription, archives) are cut from these.</summary>
public sealed record ChannelEntries(Channel Channel, IReadOnlyList<FeedEntry> Entries);

/// <summary>Everything to publish at one time, and what deriving it found wrong (term names that share a slug).</summary>
public sealed record ChannelSet(IReadOnlyList<ChannelEntries> Channels, IReadOnlyList<Problem> Problems)
{
    /// <summary>The feed folders' channels, in catalog order.</summary>
    public IEnumerable<ChannelEntries> Feeds => Channels.Where(c => c.Channel is FeedChannel);
}

/// <summary>Derives one kind of channel from the feeds' channels, reusing their entries; reports what it finds wrong.</summary>
public delegate IEnumerable<ChannelEntries> ChannelKind(IReadOnlyList<ChannelEntries> feeds, List<Problem> problems);
