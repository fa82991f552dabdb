using Microsoft.Extensions.Options;
using Syndication.Core.Building;
using Syndication.Core.Channels;
using Syndication.Core.Model;
using Syndication.Core.Rendering;
using Syndication.Service.Options;
using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>
/// Publishes channels (a feed, its tags and categories, the combined feed): each channel's documents are planned in
/// memory by <see cref="ChannelPlanner"/> (nothing written if any article makes a writer throw; nothing at all if
/// nothing it is made from changed), then written: changed article pages first, then archive pages (new ones, and old
/// ones whose tombstones came or went), then the channel's own page (a feed's, tag's or category's), then the
/// subscription document in every format (swapped in with its delta history, then told to WebSub).
/// </summary>
internal sealed class FeedPublisher(
    IDocumentStore store,
    FeedBuilder builder,
    ITopicAnnouncer announcer,
    FeedVersions versions,
    IChannelStateStore states,
    FeedSerialiser serialiser,
    TimeProvider time,
    IOptions<SyndicationOptions> options)
{
    /// <summary>Every entry of a feed published now, newest first.</summary>
    public IReadOnlyList<FeedEntry> Entries(FeedDefinition definition, IReadOnlyList<Article> articles) => builder.Entries(definition, articles, time.GetUtcNow());

    private readonly TimeSpan _tombstoneLife = TimeSpan.FromDays(options.Value.TombstoneDays);

    /// <summary>
    /// A channel's documents as bytes, or null when it is as last published; throws, writing nothing, when an article
    /// cannot be built or serialised. Entries gone since are dated <paramref name="now"/>; the channel needs a run when
    /// the first of its tombstones expires.
    /// </summary>
    public async Task<(ChannelPlan? Plan, DateTimeOffset? TombstonesExpire)> PlanAsync(Channel channel, IReadOnlyList<FeedEntry> entries, DateTimeOffset now)
    {
        var previous = await states.LoadAsync(channel);
        var plan = ChannelPlanner.Plan(builder, serialiser.Formats, channel, entries, previous, now, _tombstoneLife);
        // No plan: nothing changed, the tombstones included.
        return (plan, Deletions.FirstExpiry((plan?.Next ?? previous).Tombstones, _tombstoneLife));
    }

    /// <summary>How many entries the channel's subscription document holds (when nothing changed and there is no plan to ask).</summary>
    public async Task<int> SubscriptionCountAsync(Channel channel, IReadOnlyList<FeedEntry> entries) =>
        Archiver.Plan(entries, (await states.LoadAsync(channel)).Archives, channel.Definition.Limit).Subscription.Count;

    /// <summary>Writes what <paramref name="plan"/> changed; returns whether anything did.</summary>
    public async Task<bool> WriteAsync(Channel channel, ChannelPlan plan, CancellationToken cancellationToken)
    {
        // Pages first: no archive page, feed document or hub notification may link to an article page not there yet.
        // Each page is its own file: written a few at a time (a cold build writes thousands), all before anything links them.
        var pagesChanged = 0;
        await Parallel.ForEachAsync(plan.ChangedPages, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = 4 }, async (page, token) =>
        {
            if (await store.PublishAsync(DocumentPaths.Article(channel.Name, page.Slug), page.Render(), token))
            {
                Interlocked.Exchange(ref pagesChanged, 1);
            }
        });
        var changed = pagesChanged == 1;

        foreach (var (number, render) in plan.ArchivePages)
        {
            await DocumentSet.PublishAsync(store, [.. render().Formats.Select(f => (channel.ArchiveKey(number, f.Extension), f.Bytes))], cancellationToken);
            changed = true;
        }

        // The channel's page lists the entries the subscription document is about to carry: their pages are written.
        if (plan.Listing is { } listing && await store.PublishAsync(channel.DocumentKey(HtmlPages.Extension), listing(), cancellationToken))
        {
            changed = true;
        }

        var document = plan.Subscription;
        var formats = plan.Formats.Formats;
        var written = await DocumentSet.PublishAsync(store, [.. formats.Select(f => (channel.DocumentKey(f.Extension), f.Bytes))], cancellationToken);
        var changedTopics = formats.Where((_, i) => written[i]).Select(f => document.Self(f.Extension)).ToList();

        // Documents, ETags and history become visible in one step, and only then are hubs told: no client can be
        // served a new ETag with a delta from the old history, the one way it could lose an entry for good.
        var stored = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        foreach (var format in FeedFormat.All)
        {
            stored[format.Extension] = (await store.GetAsync(channel.DocumentKey(format.Extension), cancellationToken))!;
        }

        var published = await versions.PublishAsync(document, stored);
        announcer.Announce(changedTopics);
        await versions.SaveAsync(published, cancellationToken);
        await states.SaveAsync(channel, plan.Next, cancellationToken);
        if (channel is FeedChannel)
        {
            // Pages of articles gone go last, once no document links to them.
            changed |= await RemovePagesOtherThanAsync(channel.Name, plan.Slugs);
        }

        return changed || changedTopics.Count > 0;
    }

    private async Task<bool> RemovePagesOtherThanAsync(string feed, IReadOnlyList<string> slugs)
    {
        var pages = slugs.Select(s => DocumentPaths.Article(feed, s)).ToHashSet(StringComparer.Ordinal);
        var changed = false;
        foreach (var stale in store.List(DocumentPaths.Folder(feed)).Where(p => p.EndsWith(".html", StringComparison.Ordinal) && !pages.Contains(p)))
        {
            changed |= await store.RemoveAsync(stale);
        }

        return changed;
    }

    /// <summary>Feeds that have documents in the store; only a slug names a feed, whatever else lies in the output folder.</summary>
    public IEnumerable<string> PublishedFeeds() =>
        store.List("").Where(p => p.EndsWith(".atom", StringComparison.Ordinal)).Select(p => p[..^".atom".Length]).Where(Core.Parsing.Slugs.IsValid);

    /// <summary>Removes a channel's documents, its page, archive pages and state (and, for a feed, its article pages).</summary>
    public async Task RemoveAsync(Channel channel)
    {
        var documents = store.List(channel.ArchiveFolderKey).Concat(FeedFormat.All.Select(f => channel.DocumentKey(f.Extension)))
            .Append(channel.DocumentKey(HtmlPages.Extension));
        if (channel is FeedChannel)
        {
            documents = documents.Concat(store.List(DocumentPaths.Folder(channel.Name)));
        }

        foreach (var document in documents.ToList())
        {
            await store.RemoveAsync(document);
        }

        versions.Forget(channel.Name);
        await states.ForgetAsync(channel);
    }
}
