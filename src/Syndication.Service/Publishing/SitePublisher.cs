using Syndication.Core.Channels;
using Syndication.Core.Model;
using Syndication.Core.Building;
using Syndication.Core.Rendering;
using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>
/// The site's own documents, made after the feeds of a run: the combined feed of every feed's entries (a channel like
/// any other: archives, deltas, WebSub), the OPML list of every feed and the index page (each feed with its newest
/// entries). Made only when a feed changed, the set of feeds changed, one of them is missing or a tombstone of the
/// combined feed expired, since they need every feed's entries, read or not this run.
/// </summary>
internal sealed class SitePublisher(IDocumentStore store, FeedPublisher publisher, FeedRunner runner, RunHistory history, SiteChannel site, PublicUrls urls)
{
    private IReadOnlyList<string>? _published;

    // Known from this process's last publication only: after a restart, an expired tombstone goes with the next change.
    private DateTimeOffset? _tombstonesExpire;

    /// <summary>Publishes the combined feed, the OPML and the index when something they show may have changed; returns the problems found. Deletions are dated <paramref name="now"/>.</summary>
    public async Task<IReadOnlyList<Problem>> PublishAsync(IReadOnlyList<string> names, bool feedsChanged, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        var missing = !store.Has(site.DocumentKey("atom")) || !store.Has(SiteChannel.OpmlKey) || !store.Has(DocumentPaths.Index);
        var expired = _tombstonesExpire <= now;
        if (!feedsChanged && !missing && !expired && (_published is null || _published.SequenceEqual(names)))
        {
            return problems;
        }

        var feeds = new List<ChannelEntries>();
        foreach (var name in names)
        {
            if (history.Get(name)?.Definition is { } definition && await runner.EntriesAsync(name) is { } entries)
            {
                feeds.Add(new ChannelEntries(new FeedChannel(definition), entries));
            }
        }

        _tombstonesExpire = null;
        foreach (var (channel, entries) in site.Derive(feeds, problems))
        {
            var (plan, expire) = await publisher.PlanAsync(channel, entries, now);
            _tombstonesExpire = new[] { _tombstonesExpire, expire }.Min();
            if (plan is not null)
            {
                await publisher.WriteAsync(channel, plan, cancellationToken);
            }
        }

        await store.PublishAsync(SiteChannel.OpmlKey, OpmlWriter.Write(site, [.. feeds.Select(f => (FeedChannel)f.Channel)], urls), cancellationToken);
        await store.PublishAsync(DocumentPaths.Index, HtmlPages.Index(urls, site, feeds), cancellationToken);
        _published = names;
        return problems;
    }
}
