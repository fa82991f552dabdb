using Syndication.Core.Building;
using Syndication.Core.Model;
using Syndication.Core.Parsing;
using Syndication.Core.Rendering;
using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>
/// Writes one feed's documents: RFC 5005 archive pages as they fill, the subscription document in every format (then
/// swapping it in with its delta history, then telling WebSub), and the article pages. Also removes everything of a
/// feed that is gone.
/// </summary>
internal sealed class FeedPublisher(
    IDocumentStore store,
    FeedBuilder builder,
    ITopicAnnouncer announcer,
    FeedVersions versions,
    FeedArchives archives,
    FeedSerialiser serialiser,
    TimeProvider time)
{
    /// <summary>Publishes one feed: archive pages that fill up, the subscription document in every format, one page per article.</summary>
    public async Task<(int Entries, bool Changed)> PublishAsync(FeedDefinition definition, IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        var entries = builder.Entries(definition, articles, time.GetUtcNow());
        // Pages first: no archive page, feed document or hub notification may link to an article page not there yet.
        var pagesChanged = await PublishPagesAsync(builder.Document(definition, entries, FeedPage.Unknown), cancellationToken);
        var (plan, archivePages) = await ArchiveAsync(definition, entries, cancellationToken);
        var document = builder.Document(definition, plan.Subscription, FeedPage.Subscription(archivePages));
        var formats = serialiser.Serialise(document);
        var changed = await DocumentSet.PublishAsync(store, [.. formats.Select(f => (DocumentPaths.Feed(definition.Name, f.Extension), f.Bytes))], cancellationToken);
        var changedTopics = formats.Where((_, i) => changed[i]).Select(f => document.Self(f.Extension)).ToList();

        // Documents, ETags and history become visible in one step, and only then are hubs told: no client can be
        // served a new ETag with a delta from the old history, the one way it could lose an entry for good.
        var published = versions.Publish(document, FeedFormat.All.ToDictionary(
            f => f.Extension, f => store.Get(DocumentPaths.Feed(definition.Name, f.Extension))!, StringComparer.Ordinal));
        announcer.Announce(changedTopics);
        await versions.SaveAsync(published, cancellationToken);
        // Pages of articles gone go last, once no document links to them.
        pagesChanged |= RemovePagesOtherThan(definition.Name, entries);
        return (document.Entries.Count, changedTopics.Count > 0 || pagesChanged || plan.NewPages.Count > 0);
    }

    /// <summary>Freezes full pages of old entries into RFC 5005 archive documents; returns the plan and how many pages exist now.</summary>
    private async Task<(ArchivePlan Plan, int Pages)> ArchiveAsync(FeedDefinition definition, IReadOnlyList<FeedEntry> entries, CancellationToken cancellationToken)
    {
        var pages = archives.Load(definition.Name).ToList();
        var plan = Archiver.Plan(entries, pages, definition.Limit);
        foreach (var pageEntries in plan.NewPages)
        {
            var number = pages.Count + 1;
            var page = builder.Document(definition, pageEntries, FeedPage.Archive(number));
            await DocumentSet.PublishAsync(store, [.. serialiser.Serialise(page).Select(f => (DocumentPaths.Archive(definition.Name, number, f.Extension), f.Bytes))], cancellationToken);

            pages.Add(pageEntries.ToDictionary(e => e.Id, EntryStamp.Of, StringComparer.Ordinal));
        }

        if (plan.NewPages.Count > 0)
        {
            await archives.SaveAsync(definition.Name, pages, cancellationToken);
        }

        return (plan, pages.Count);
    }

    /// <summary>One HTML page per published article, archived ones included.</summary>
    private async Task<bool> PublishPagesAsync(FeedDocument all, CancellationToken cancellationToken)
    {
        var changed = false;
        foreach (var entry in all.Entries)
        {
            changed |= await store.PublishAsync(DocumentPaths.Article(all.Feed.Name, entry.Article.Slug), HtmlPages.Article(all, entry), cancellationToken);
        }

        return changed;
    }

    private bool RemovePagesOtherThan(string feed, IReadOnlyList<FeedEntry> entries)
    {
        var pages = entries.Select(e => DocumentPaths.Article(feed, e.Article.Slug)).ToHashSet(StringComparer.Ordinal);
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
        archives.Forget(feed);
    }
}
