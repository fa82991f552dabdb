using System.Collections.Concurrent;
using System.Diagnostics;
using Syndication.Core.Building;
using Syndication.Core.Model;
using Syndication.Core.Rendering;
using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>
/// Turns sources into published documents: read, build, serialise, publish. A feed whose feed.yaml is broken keeps its
/// last good documents; a broken article is skipped and reported; one feed's trouble never touches another.
/// </summary>
internal sealed class FeedRegenerator(
    FeedSourceReader sources,
    IDocumentStore store,
    FeedBuilder builder,
    PublicUrls urls,
    RunHistory history,
    ITopicAnnouncer announcer,
    FeedVersions versions,
    FeedArchives archives,
    StaleArticles stale,
    TimeProvider time,
    ILogger<FeedRegenerator> logger)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _feedLocks = new(StringComparer.Ordinal);

    /// <summary>Regenerates the named feeds (all when null) and removes the documents of feeds whose folder is gone.</summary>
    public async Task<RunReport> RunAsync(Func<FeedSource, bool>? include, string? onlyFeed, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        var names = sources.FeedNames();
        var results = new List<FeedRunResult>();
        foreach (var name in names.Where(n => onlyFeed is null || n == onlyFeed))
        {
            if (await RunFeedAsync(name, include, cancellationToken) is { } result)
            {
                results.Add(result);
            }
        }

        try
        {
            if (onlyFeed is null)
            {
                RemoveDeletedFeeds(names);
            }

            await store.PublishAsync(DocumentPaths.Index, HtmlPages.Index(urls, history.Definitions(names)), cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Each feed's own result is already reported; an unwritable output folder must not turn the run into a failure.
            logger.SourceError(Problem.Error(DocumentPaths.Index, 0, $"the index could not be written: {e.Message}", "Check free space and write permission on the output folder").ToString());
        }

        return new RunReport(started, clock.ElapsedMilliseconds, results);
    }

    private async Task<FeedRunResult?> RunFeedAsync(string name, Func<FeedSource, bool>? include, CancellationToken cancellationToken)
    {
        var gate = _feedLocks.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var clock = Stopwatch.StartNew();
            var source = sources.Read(name);
            if (include is not null && !include(source))
            {
                return null;
            }

            var problems = source.Problems.ToList();
            var (entries, changed, published) = (0, false, false);
            if (source.Definition is { } definition)
            {
                try
                {
                    source = await stale.ApplyAsync(source, cancellationToken);
                    problems = source.Problems.ToList();
                    (entries, changed) = await PublishAsync(definition, source.Articles, cancellationToken);
                    published = true;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // The old documents stay in place: publishing replaces each file whole or not at all.
                    problems.Add(Problem.Error(name, 0, $"the documents could not be written: {e.Message}", "Check free space and write permission on the output folder"));
                }
            }

            var result = new FeedRunResult(name, published, entries, changed, clock.ElapsedMilliseconds,
                problems.Where(p => !p.IsError).ToList(), problems.Where(p => p.IsError).ToList(), time.GetUtcNow());
            history.Record(result, source.Definition);
            Log(result);
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<(int Entries, bool Changed)> PublishAsync(FeedDefinition definition, IReadOnlyList<Article> articles, CancellationToken cancellationToken)
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

    private void RemoveDeletedFeeds(IReadOnlyList<string> names)
    {
        var live = names.ToHashSet(StringComparer.Ordinal);
        foreach (var path in store.List("").Where(p => p.EndsWith(".atom", StringComparison.Ordinal)))
        {
            var feed = path[..^".atom".Length];
            if (live.Contains(feed))
            {
                continue;
            }

            foreach (var document in store.List(DocumentPaths.Folder(feed)).Concat(store.List(DocumentPaths.ArchiveFolder(feed)))
                         .Concat(FeedFormat.All.Select(f => DocumentPaths.Feed(feed, f.Extension))))
            {
                store.Remove(document);
            }

            history.Forget(feed);
            versions.Forget(feed);
            archives.Forget(feed);
            stale.Forget(feed);
            logger.FeedRemoved(feed);
        }
    }

    private void Log(FeedRunResult result)
    {
        foreach (var error in result.Errors)
        {
            logger.SourceError(error.ToString());
        }

        foreach (var warning in result.Warnings)
        {
            logger.SourceWarning(warning.ToString());
        }

        logger.FeedRegenerated(result.Feed, result.Entries, result.Changed, result.DurationMs, result.Warnings.Count, result.Errors.Count);
    }
}
