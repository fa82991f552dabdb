using System.Collections.Concurrent;
using System.Diagnostics;
using Syndication.Core.Building;
using Syndication.Core.Channels;
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
    EntryIdentities ids,
    ArticleCheck check,
    StateFiles state,
    UnchangedFeeds unchanged,
    IChannelStateStore states,
    IReadOnlyList<ChannelKind> kinds,
    RunHistory history,
    TimeProvider time,
    ILogger<FeedRunner> logger)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _feedLocks = new(StringComparer.Ordinal);

    // Each feed's entries as last published: the combined feed is made from every feed's, changed or not.
    private readonly ConcurrentDictionary<string, IReadOnlyList<FeedEntry>> _entries = new(StringComparer.Ordinal);

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
            DateTimeOffset? nextDue = null;
            try
            {
                var fingerprint = sources.Fingerprint(name);
                if (await UnchangedAsync(name, fingerprint) is { } kept)
                {
                    if (include is not null && !include(kept.Source))
                    {
                        return null;
                    }

                    (source, entries, published, nextDue) = (kept.Source, kept.Entries, true, kept.NextDue);
                }
                else
                {
                    var read = await sources.ReadAsync(name);
                    if (include is not null && !include(read))
                    {
                        return null;
                    }

                    source = read;
                    if (read.Definition is { } definition)
                    {
                        // Taken before the entries are built: an article dated during the run is then published or still due, never neither.
                        var now = time.GetUtcNow();
                        source = await ids.ClaimAsync(stale.Apply(read), cancellationToken);
                        (entries, changed, source, var tombstonesExpire) = await PublishAsync(definition, read, source, now, cancellationToken);
                        // The feed is run again when an article falls due or a tombstone expires, whichever comes first.
                        nextDue = new[] { UnchangedFeeds.NextDue(source.Articles, now), tombstonesExpire }.Min();
                        if (!source.Faulted)
                        {
                            await unchanged.RecordAsync(name, fingerprint, nextDue, entries, source.Problems, cancellationToken);
                        }
                        else
                        {
                            // What threw may not throw next time: the next run must read and publish again.
                            await unchanged.ForgetAsync(name);
                        }

                        published = true;
                    }
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
                problems.Where(p => !p.IsError).ToList(), problems.Where(p => p.IsError).ToList(), time.GetUtcNow()) { NextDue = nextDue };
            history.Record(result, source.Definition);
            Log(result);
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The feed as last published, with its definition read again, when nothing can have changed its documents.</summary>
    private async Task<(FeedSource Source, int Entries, DateTimeOffset? NextDue)?> UnchangedAsync(string name, string fingerprint)
    {
        if (await unchanged.UnchangedAsync(name, fingerprint, time.GetUtcNow()) is not { } record || sources.ReadDefinition(name).Definition is not { } definition)
        {
            return null;
        }

        return (new FeedSource(name, definition, [], record.Problems!), record.Entries, record.NextDue == DateTimeOffset.MaxValue ? null : record.NextDue);
    }

    /// <summary>
    /// Plans every document in memory; only when that throws are the articles checked one by one, and the ones that
    /// cannot be built, serialised or rendered are left out (their last good versions stand in). Then writes the feed,
    /// then each of its tag and category channels, and removes those no article carries any more (once their
    /// tombstones expire). Deletions are dated <paramref name="now"/>; also returns when the first tombstone expires.
    /// </summary>
    private async Task<(int Entries, bool Changed, FeedSource Published, DateTimeOffset? TombstonesExpire)> PublishAsync(
        FeedDefinition definition, FeedSource source, FeedSource prepared, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var feed = new FeedChannel(definition);
        IReadOnlyList<FeedEntry> entries;
        ChannelPlan? plan;
        DateTimeOffset? expire;
        try
        {
            entries = publisher.Entries(definition, prepared.Articles);
            (plan, expire) = await publisher.PlanAsync(feed, entries, now);
        }
        catch (Exception e) when (Faults.Contained(e, cancellationToken))
        {
            var faulty = check.Faulty(definition, prepared.Articles, time.GetUtcNow());
            var files = faulty.Select(f => f.Article.File).ToHashSet(StringComparer.Ordinal);
            sources.Distrust(source.Name, files);
            source = source with
            {
                Faulted = true,
                Articles = [.. source.Articles.Where(a => !files.Contains(a.File))],
                Problems = [.. source.Problems, .. faulty.Select(f => Faults.InFile(f.Article.File, "published", f.Fault))],
                FailedFiles = [.. source.FailedFiles, .. files],
            };
            prepared = await ids.ClaimAsync(stale.Apply(source), cancellationToken);
            // A last good version that cannot be published either is left out as well.
            var standIns = check.Faulty(definition, [.. prepared.Articles.Where(a => files.Contains(a.File))], time.GetUtcNow()).Select(f => f.Article).ToHashSet();
            prepared = prepared with { Articles = [.. prepared.Articles.Where(a => !standIns.Contains(a))] };
            entries = publisher.Entries(definition, prepared.Articles);
            (plan, expire) = await publisher.PlanAsync(feed, entries, now);
        }

        var changed = plan is not null && await publisher.WriteAsync(feed, plan, cancellationToken);
        var count = plan?.Subscription.Entries.Count ?? await publisher.SubscriptionCountAsync(feed, entries);
        var (termsChanged, termProblems, termsExpire) = await PublishTermsAsync(feed, entries, now, cancellationToken);
        _entries[definition.Name] = entries;
        await stale.RecordAsync(source.Name, cancellationToken);
        return (count, changed || termsChanged, prepared with { Problems = [.. prepared.Problems, .. termProblems] }, new[] { expire, termsExpire }.Min());
    }

    /// <summary>
    /// The feed's tag and category channels (each kind registered once, see <see cref="ChannelKind"/>). A term no article
    /// carries any more keeps its channel, without entries, while the tombstones of the entries it had last.
    /// </summary>
    private async Task<(bool Changed, List<Problem> Problems, DateTimeOffset? TombstonesExpire)> PublishTermsAsync(
        FeedChannel feed, IReadOnlyList<FeedEntry> entries, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        var feeds = new[] { new ChannelEntries(feed, entries) };
        var channels = kinds.SelectMany(kind => kind(feeds, problems)).ToList();
        var live = channels.Select(c => c.Channel.Name).ToHashSet(StringComparer.Ordinal);
        var emptied = (await states.TermsAsync(feed)).Where(n => !live.Contains(n)).Select(n => TermChannels.Named(feed.Feed, n)).OfType<TermChannel>();
        channels.AddRange(emptied.Select(c => new ChannelEntries(c, [])));

        // Channels are independent (their own keys, state and versions): one per core, so both are busy while one
        // channel's documents are written, without holding every channel's documents in memory at once.
        var results = new (bool Changed, DateTimeOffset? Expire)[channels.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, channels.Count), new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, async (i, token) =>
        {
            var (channel, channelEntries) = channels[i];
            var (plan, expire) = await publisher.PlanAsync(channel, channelEntries, now);
            var kept = live.Contains(channel.Name) || expire is not null;
            results[i] = (kept && plan is not null && await publisher.WriteAsync(channel, plan, token), expire);
        });

        var removed = false;
        var terms = new List<string>();
        for (var i = 0; i < channels.Count; i++)
        {
            var channel = channels[i].Channel;
            if (live.Contains(channel.Name) || results[i].Expire is not null)
            {
                terms.Add(channel.Name);
            }
            else
            {
                await publisher.RemoveAsync(channel);
                removed = true;
            }
        }

        await states.SaveTermsAsync(feed, [.. terms.Order(StringComparer.Ordinal)], cancellationToken);
        return (results.Any(r => r.Changed) || removed, problems, results.Select(r => r.Expire).Min());
    }

    /// <summary>The entries a feed published last in this process, else read now (for the combined feed); null when it has no definition.</summary>
    public async Task<IReadOnlyList<FeedEntry>?> EntriesAsync(string name)
    {
        if (_entries.TryGetValue(name, out var known))
        {
            return known;
        }

        var source = await sources.ReadAsync(name);
        if (source.Definition is not { } definition)
        {
            return null;
        }

        var entries = publisher.Entries(definition, (await ids.ClaimAsync(stale.Apply(source), CancellationToken.None)).Articles);
        _entries[name] = entries;
        return entries;
    }

    public void Forget(string name) => _entries.TryRemove(name, out _);

    /// <summary>
    /// Lets go of every feed's entries once the run that needed them is done: they are the whole corpus, built. The
    /// combined feed of a later run reads the feeds that run did not publish again, as after a restart.
    /// </summary>
    public void ReleaseEntries() => _entries.Clear();

    /// <summary>How many feeds' entries are held in memory.</summary>
    public int FeedsHeld => _entries.Count;

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
