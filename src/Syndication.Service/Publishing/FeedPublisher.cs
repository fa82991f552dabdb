using Syndication.Core.Building;
using Syndication.Core.Model;
using Syndication.Core.Parsing;
using Syndication.Core.Rendering;
using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>
/// Publishes one feed: its documents are planned in memory by <see cref="ChannelPlanner"/> (nothing written if any
/// article makes a writer throw), then written: changed article pages first, then archive pages that filled up, then
/// the subscription document in every format (swapped in with its delta history, then told to WebSub). Also removes
/// everything of a feed that is gone.
/// </summary>
internal sealed class FeedPublisher(
    IDocumentStore store,
    FeedBuilder builder,
    ITopicAnnouncer announcer,
    FeedVersions versions,
    ChannelStates states,
    FeedSerialiser serialiser,
    TimeProvider time)
{
    /// <summary>Every document of the feed as bytes; throws, writing nothing, when an article cannot be built or serialised.</summary>
    public ChannelPlan Plan(FeedDefinition definition, IReadOnlyList<Article> articles) =>
        ChannelPlanner.Plan(builder, serialiser.Formats, definition, builder.Entries(definition, articles, time.GetUtcNow()), states.Load(definition.Name));

    /// <summary>Writes what <paramref name="plan"/> changed; returns the subscription document's entry count and whether anything changed.</summary>
    public async Task<(int Entries, bool Changed)> WriteAsync(FeedDefinition definition, ChannelPlan plan, CancellationToken cancellationToken)
    {
        var feed = definition.Name;
        // Pages first: no archive page, feed document or hub notification may link to an article page not there yet.
        var pagesChanged = false;
        foreach (var (slug, html) in plan.ChangedPages)
        {
            pagesChanged |= await store.PublishAsync(DocumentPaths.Article(feed, slug), html, cancellationToken);
        }

        foreach (var (number, page) in plan.NewArchivePages)
        {
            await DocumentSet.PublishAsync(store, [.. page.Formats.Select(f => (DocumentPaths.Archive(feed, number, f.Extension), f.Bytes))], cancellationToken);
        }

        var document = plan.Subscription;
        var formats = plan.Formats.Formats;
        var changed = await DocumentSet.PublishAsync(store, [.. formats.Select(f => (DocumentPaths.Feed(feed, f.Extension), f.Bytes))], cancellationToken);
        var changedTopics = formats.Where((_, i) => changed[i]).Select(f => document.Self(f.Extension)).ToList();

        // Documents, ETags and history become visible in one step, and only then are hubs told: no client can be
        // served a new ETag with a delta from the old history, the one way it could lose an entry for good.
        var published = versions.Publish(document, FeedFormat.All.ToDictionary(
            f => f.Extension, f => store.Get(DocumentPaths.Feed(feed, f.Extension))!, StringComparer.Ordinal));
        announcer.Announce(changedTopics);
        await versions.SaveAsync(published, cancellationToken);
        await states.SaveAsync(feed, plan.Next, cancellationToken);
        // Pages of articles gone go last, once no document links to them.
        pagesChanged |= RemovePagesOtherThan(feed, plan.Slugs);
        return (document.Entries.Count, changedTopics.Count > 0 || pagesChanged || plan.NewArchivePages.Count > 0);
    }

    private bool RemovePagesOtherThan(string feed, IReadOnlyList<string> slugs)
    {
        var pages = slugs.Select(s => DocumentPaths.Article(feed, s)).ToHashSet(StringComparer.Ordinal);
        var changed = false;
        foreach (var stale in store.List(DocumentPaths.Folder(feed)).Where(p => !pages.Contains(p)))
        {
            changed |= store.Remove(stale);
        }

        return changed;
    }

    /// <summary>Feeds that have documents in the store; only a slug names a feed, whatever else lies in the output folder.</summary>
    public IEnumerable<string> PublishedFeeds() =>
        store.List("").Where(p => p.EndsWith(".atom", StringComparison.Ordinal)).Select(p => p[..^".atom".Length]).Where(Slugs.IsValid);

    /// <summary>Removes a feed's documents, archive pages and state.</summary>
    public void Remove(string feed)
    {
        foreach (var document in store.List(DocumentPaths.Folder(feed)).Concat(store.List(DocumentPaths.ArchiveFolder(feed)))
                     .Concat(FeedFormat.All.Select(f => DocumentPaths.Feed(feed, f.Extension))))
        {
            store.Remove(document);
        }

        versions.Forget(feed);
        states.Forget(feed);
    }
}
