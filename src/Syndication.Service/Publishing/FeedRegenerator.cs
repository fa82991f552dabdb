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
    FeedPublisher publisher,
    StaleArticles stale,
    IDocumentStore store,
    PublicUrls urls,
    RunHistory history,
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
                await store.RestoreAsync(cancellationToken);
            }

            await store.PublishAsync(DocumentPaths.Index, HtmlPages.Index(urls, history.Definitions(names)), cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Each feed's result already says the output cannot be written; the old index and documents stay.
            logger.SourceError($"{DocumentPaths.Index}: the output folder could not be updated: {e.Message}");
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
                    (entries, changed) = await publisher.PublishAsync(definition, source.Articles, cancellationToken);
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

    private void RemoveDeletedFeeds(IReadOnlyList<string> names)
    {
        var live = names.ToHashSet(StringComparer.Ordinal);
        foreach (var feed in publisher.PublishedFeeds().Where(f => !live.Contains(f)))
        {
            publisher.Remove(feed);
            stale.Forget(feed);
            history.Forget(feed);
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
