using Syndication.Core.Building;
using Syndication.Core.Channels;

namespace Syndication.Service.Publishing;

/// <summary>
/// Everything a channel carries from one run to the next: its archive bookkeeping and page stamps
/// (<see cref="ChannelState"/>), its delta history (<see cref="FeedVersion"/>s), for a feed which tag and category channels it
/// has and every entry id it has published. One interface, so a shared database can keep it as well as the files do
/// (<see cref="ChannelStates"/>: JSON beside the documents, through the document store).
/// </summary>
internal interface IChannelStateStore
{
    /// <summary>The state the channel's last publication left; empty before its first, and without the fingerprint when documents it wrote are gone.</summary>
    Task<ChannelState> LoadAsync(Channel channel);

    Task SaveAsync(Channel channel, ChannelState next, CancellationToken cancellationToken);

    /// <summary>The tag and category channels a feed had when it was last published, by name.</summary>
    Task<IReadOnlyList<string>> TermsAsync(FeedChannel feed);

    Task SaveTermsAsync(FeedChannel feed, IReadOnlyList<string> terms, CancellationToken cancellationToken);

    /// <summary>The channel's recent versions, oldest first (empty when none were kept).</summary>
    Task<IReadOnlyList<FeedVersion>> VersionsAsync(string channel);

    Task SaveVersionsAsync(string channel, IReadOnlyList<FeedVersion> versions, CancellationToken cancellationToken);

    /// <summary>Every entry id the feed has published (<see cref="IdentityGuard"/>); empty before its first claim.</summary>
    Task<IReadOnlyList<PublishedId>> PublishedIdsAsync(string feed);

    Task SavePublishedIdsAsync(string feed, IReadOnlyList<PublishedId> ids, CancellationToken cancellationToken);

    /// <summary>Every feed that has published ids, removed feeds included: an id once published is never given to another article.</summary>
    IReadOnlyList<string> FeedsWithPublishedIds();

    /// <summary>Removes all of a channel's state: archive bookkeeping, page stamps, terms and versions.</summary>
    Task ForgetAsync(Channel channel);
}
