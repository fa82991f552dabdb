using System.Collections.Concurrent;
using System.Text.Json;
using Syndication.Core.Model;
using Syndication.Service.Publishing;

namespace Syndication.Service.Storage;

/// <summary>
/// Each article file as last parsed: the length, write time and SHA-256 of its bytes, what parsing them gave, and the
/// last version that parsed (so a file broken now keeps its last good version, with no separate copy of the corpus).
/// Kept across restarts in 64 bucket files per feed under _state, written through the store (so checked like every
/// document) and only the buckets that changed: one edited article rewrites about 1/64 of the cache, not all of it.
/// A feed's buckets are read (<see cref="LoadAsync"/>) the first time a run of that feed has to read a file, never at start,
/// and let go once saved (<see cref="Release"/>, after each run): held, they are every article of the corpus, parsed.
/// </summary>
internal sealed class ParseCache(IDocumentStore store, StateFiles state)
{
    private const int Buckets = 64;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly ConcurrentDictionary<string, Lazy<Task<FeedCache>>> _feeds = new(StringComparer.Ordinal);

    /// <summary>Reads a feed's buckets, the first time only; the other members need it done.</summary>
    public async Task LoadAsync(string feed) => await _feeds.GetOrAdd(feed, f => new Lazy<Task<FeedCache>>(() => LoadBucketsAsync(f))).Value;

    /// <summary>The entry for a file ("feed/name.md") of a feed, or null.</summary>
    public CachedArticle? Find(string feed, string file) => Feed(feed).Entries.GetValueOrDefault(file);

    public void Put(string feed, string file, CachedArticle entry)
    {
        var cache = Feed(feed);
        cache.Entries[file] = entry;
        cache.Dirty[Bucket(file)] = true;
    }

    /// <summary>Makes the next read of a file parse it again (what it gave could not be published), keeping its last good version.</summary>
    public void Distrust(string feed, string file)
    {
        if (Find(feed, file) is { } entry)
        {
            Put(feed, file, entry with { Length = -1, Sha256 = "" });
        }
    }

    /// <summary>Drops the files of a feed that are no longer there.</summary>
    public void KeepOnly(string feed, IReadOnlySet<string> files)
    {
        var cache = Feed(feed);
        foreach (var gone in cache.Entries.Keys.Where(f => !files.Contains(f)).ToList())
        {
            cache.Entries.TryRemove(gone, out _);
            cache.Dirty[Bucket(gone)] = true;
        }
    }

    /// <summary>Writes the buckets of a feed that changed since they were read or last saved.</summary>
    public async Task SaveAsync(string feed, CancellationToken cancellationToken)
    {
        if (!_feeds.TryGetValue(feed, out var lazy) || !lazy.IsValueCreated)
        {
            return;
        }

        var cache = await lazy.Value;
        var byBucket = cache.Entries.GroupBy(e => Bucket(e.Key)).ToDictionary(g => g.Key, g => g.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal));
        for (var bucket = 0; bucket < Buckets; bucket++)
        {
            if (cache.Dirty[bucket])
            {
                await store.PublishAsync(BucketPath(feed, bucket),
                    JsonSerializer.SerializeToUtf8Bytes(byBucket.GetValueOrDefault(bucket) ?? [], Json), cancellationToken);
                cache.Dirty[bucket] = false;
            }
        }
    }

    /// <summary>How many feeds' buckets are held in memory.</summary>
    public int FeedsHeld => _feeds.Count;

    /// <summary>Lets go of every feed whose buckets are all saved (the next run that reads one of its files reads them again).</summary>
    public void Release()
    {
        foreach (var (feed, lazy) in _feeds)
        {
            if (lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully && !lazy.Value.Result.Dirty.Contains(true))
            {
                _feeds.TryRemove(KeyValuePair.Create(feed, lazy));
            }
        }
    }

    public async Task ForgetAsync(string feed)
    {
        _feeds.TryRemove(feed, out _);
        foreach (var path in store.List(FeedFolder(feed)))
        {
            await store.RemoveAsync(path);
        }
    }

    private FeedCache Feed(string feed) =>
        _feeds.TryGetValue(feed, out var lazy) && lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully
            ? lazy.Value.Result
            : throw new InvalidOperationException($"The parse cache of feed '{feed}' is used before LoadAsync.");

    private async Task<FeedCache> LoadBucketsAsync(string feed)
    {
        var cache = new FeedCache();
        foreach (var path in store.List(FeedFolder(feed)))
        {
            var entries = await state.ReadAsync<Dictionary<string, CachedArticle>>(feed, path, IsWhole, Json);
            foreach (var (file, entry) in entries)
            {
                cache.Entries[file] = entry;
            }
        }

        return cache;
    }

    private static bool IsWhole(Dictionary<string, CachedArticle> entries) =>
        entries.All(e => e.Value is { Sha256: not null, Zone: not null, Problems: not null } && (e.Value.Article is null || IsWhole(e.Value.Article))
            && (e.Value.LastGood is null || IsWhole(e.Value.LastGood)));

    private static bool IsWhole(Article a) => a is { Slug: not null, Title: not null, BodyHtml: not null, File: not null, Authors: not null, Tags: not null, Categories: not null };

    // FNV-1a: stable across processes, unlike string.GetHashCode.
    private static int Bucket(string file)
    {
        var hash = 2166136261u;
        foreach (var c in file)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % Buckets);
    }

    /// <summary>Where the buckets live, under the service's state.</summary>
    public const string Folder = DocumentPaths.State + "/parsed/";

    private static string FeedFolder(string feed) => $"{Folder}{feed}";

    private static string BucketPath(string feed, int bucket) => $"{FeedFolder(feed)}/{bucket}.json";

    private sealed class FeedCache
    {
        public ConcurrentDictionary<string, CachedArticle> Entries { get; } = new(StringComparer.Ordinal);

        public bool[] Dirty { get; } = new bool[Buckets];
    }
}

/// <summary>
/// One article file as last read: its bytes' length, write time and SHA-256, the time zone its dates were read in, what
/// parsing gave (<see cref="Article"/> null when it failed, with the problems saying why) and the last version that parsed.
/// </summary>
internal sealed record CachedArticle(long Length, DateTime Written, string Sha256, string Zone, Article? Article, IReadOnlyList<Problem> Problems, Article? LastGood);
