using System.Collections.Concurrent;
using System.Diagnostics;
using Syndication.Core.Model;
using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>
/// Regenerates one feed and keeps whatever goes wrong inside it: an article that breaks the build is left out (its last
/// good version stands in), a feed that cannot be published keeps its previous documents; either way the result is recorded.
/// </summary>
internal sealed class FeedRunner(
    FeedSourceReader sources,
    FeedPublisher publisher,
    StaleArticles stale,
    SiteEntryIds ids,
    ArticleCheck check,
    StateFiles state,
    RunHistory history,
    TimeProvider time,
    ILogger<FeedRunner> logger)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _feedLocks = new(StringComparer.Ordinal);

    /// <summary>The feed's result, or null when <paramref name="include"/> leaves it to another schedule. Throws only when cancelled.</summary>
    public async Task<FeedRunResult?> RunAsync(string name, Func<FeedSource, bool>? include, CancellationToken cancellationToken)
    {
        var gate = _feedLocks.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var clock = Stopwatch.StartNew();
            var source = new FeedSource(name, null, [], []);
            var faults = new List<Problem>();
            var (entries, changed, published) = (0, false, false);
            try
            {
                var read = sources.Read(name);
                if (include is not null && !include(read))
                {
                    return null;
                }

                source = read;
                if (read.Definition is { } definition)
                {
                    source = ids.Claim(stale.Apply(read));
                    (entries, changed, source) = await PublishAsync(definition, read, source, cancellationToken);
                    published = true;
                }
            }
            catch (Exception e) when (Faults.Contained(e, cancellationToken))
            {
                // The old documents stay in place: publishing replaces each file whole, and the formats only after all serialised.
                faults.Add(e is IOException or UnauthorizedAccessException
                    ? Problem.Error(name, 0, $"the documents could not be written: {e.Message}", "Check free space and write permission on the output folder")
                    : Faults.InFeed(name, "published", e));
            }

            var problems = source.Problems.Concat(faults).Concat(state.Take(name)).ToList();
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

    /// <summary>Leaves out the articles that cannot be built or serialised (their last good versions stand in), then publishes.</summary>
    private async Task<(int Entries, bool Changed, FeedSource Published)> PublishAsync(
        FeedDefinition definition, FeedSource source, FeedSource prepared, CancellationToken cancellationToken)
    {
        var faulty = check.Faulty(definition, prepared.Articles, time.GetUtcNow());
        if (faulty.Count > 0)
        {
            var files = faulty.Select(f => f.Article.File).ToHashSet(StringComparer.Ordinal);
            source = source with
            {
                Articles = [.. source.Articles.Where(a => !files.Contains(a.File))],
                Problems = [.. source.Problems, .. faulty.Select(f => Faults.InFile(f.Article.File, "published", f.Fault))],
                FailedFiles = [.. source.FailedFiles, .. files],
            };
            prepared = ids.Claim(stale.Apply(source));
            // A last good version that cannot be published either is left out as well.
            var standIns = check.Faulty(definition, [.. prepared.Articles.Where(a => files.Contains(a.File))], time.GetUtcNow()).Select(f => f.Article).ToHashSet();
            prepared = prepared with { Articles = [.. prepared.Articles.Where(a => !standIns.Contains(a))] };
        }

        var (entries, changed) = await publisher.PublishAsync(definition, prepared.Articles, cancellationToken);
        await stale.RecordAsync(source.Name, prepared.Articles, cancellationToken);
        return (entries, changed, prepared);
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
