using Syndication.Core.Building;
using Syndication.Core.Model;
using Syndication.Core.Parsing;
using Syndication.Core.Rendering;
using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>
/// Writes one feed's documents: RFC 5005 archive pages as they fill, the subscription document in every format (telling
/// WebSub and the delta history about it), and the article pages. Also removes everything of a feed that is gone.
/// </summary>
internal sealed class FeedPublisher(
    IDocumentStore store,
    FeedBuilder builder,
    ITopicAnnouncer announcer,
    FeedVersions versions,
    FeedArchives archives,
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
        var changedTopics = new List<Uri>();
        foreach (var format in FeedFormat.All)
        {
            if (await store.PublishAsync(DocumentPaths.Feed(definition.Name, format.Extension), format.Write(document), cancellationToken))
            {
                changedTopics.Add(document.Self(format.Extension));
            }
        }

        announcer.Announce(changedTopics);
        var etags = FeedFormat.All.ToDictionary(f => f.Extension, f => store.Get(DocumentPaths.Feed(definition.Name, f.Extension))!.ETag, StringComparer.Ordinal);
        await versions.RecordAsync(document, etags, cancellationToken);
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
            foreach (var format in FeedFormat.All)
            {
                await store.PublishAsync(DocumentPaths.Archive(definition.Name, number, format.Extension), format.Write(page), cancellationToken);
            }

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
