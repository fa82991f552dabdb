using Syndication.Core.Model;
using Syndication.Core.Parsing;
using Microsoft.Extensions.Options;
using Syndication.Service.Options;
using Syndication.Service.Publishing;

namespace Syndication.Service.Storage;

/// <summary>Reads feed folders from disk: <c>feed.yaml</c> plus every <c>*.md</c> and <c>*.txt</c> beside it.</summary>
internal sealed class FeedSourceReader(string feedsRoot, long maxBytes, ArticleParse parse, ParseCache? cache = null, IRunProgress? progress = null)
{
    public const string DefinitionFile = "feed.yaml";

    private readonly string _root = RealPath(feedsRoot);

    public FeedSourceReader(string feedsRoot, long maxBytes)
        : this(feedsRoot, maxBytes, ArticleParser.Parse)
    {
    }

    public FeedSourceReader(ResolvedPaths paths, IOptions<SyndicationOptions> options, ArticleParse parse, ParseCache cache, IRunProgress progress)
        : this(paths.Feeds, options.Value.MaxArticleBytes, parse, cache, progress)
    {
    }

    /// <summary>Every folder under the feeds root that holds a feed.yaml, by name; none when the root is gone.</summary>
    public IReadOnlyList<string> FeedNames() => Directory.Exists(feedsRoot) ? ListFeeds() : [];

    /// <summary>As <see cref="FeedNames"/>, but throws when the root is gone: a run must not take that for every feed deleted.</summary>
    public IReadOnlyList<string> ListFeeds() =>
        Directory.EnumerateDirectories(feedsRoot)
            .Where(d => File.Exists(Path.Combine(d, DefinitionFile)) && IsInside(d))
            .Select(d => Path.GetFileName(d))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>How many article files the named feeds hold now, for a progress display; a folder that cannot be listed counts 0.</summary>
    public int CountArticleFiles(IEnumerable<string> names) =>
        names.Sum(name =>
        {
            try
            {
                return ArticleFiles(Path.Combine(feedsRoot, name)).Count;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return 0;
            }
        });

    public async Task<FeedSource> ReadAsync(string name)
    {
        if (cache is not null)
        {
            await cache.LoadAsync(name);
        }

        var folder = Path.Combine(feedsRoot, name);
        var (definition, problems, definitionFaulted) = ReadDefinition(name);

        // Articles are read on every core: parsing is nearly all of a run's work, and each file's outcome is its own.
        var files = ArticleFiles(folder);
        var outcomes = new (Article? Article, List<Problem> Problems, bool Failed, bool Faulted)[files.Count];
        var zone = definition?.TimeZone ?? TimeZoneInfo.Utc;
        Parallel.For(0, files.Count, i => outcomes[i] = ReadOne(name, files[i], zone));
        cache?.KeepOnly(name, files.Select(f => FileName(name, f.Path)).ToHashSet(StringComparer.Ordinal));
        var articles = new List<Article>();
        var failed = new List<string>();
        for (var i = 0; i < files.Count; i++)
        {
            problems.AddRange(outcomes[i].Problems);
            if (outcomes[i].Article is { } article)
            {
                articles.Add(article);
            }
            else if (outcomes[i].Failed)
            {
                failed.Add(FileName(name, files[i].Path));
            }
        }

        return new FeedSource(name, definition, DuplicateArticles.Remove(articles, problems), problems)
        {
            FailedFiles = failed,
            Faulted = definitionFaulted || outcomes.Any(o => o.Faulted),
        };
    }

    /// <summary>The feed's feed.yaml alone (small, so read every run), with its problems.</summary>
    public (FeedDefinition? Definition, List<Problem> Problems, bool Faulted) ReadDefinition(string name)
    {
        var folder = Path.Combine(feedsRoot, name);
        var definitionFile = $"{name}/{DefinitionFile}";
        var problems = new List<Problem>();
        try
        {
            var definition = ReadText(Path.Combine(folder, DefinitionFile), definitionFile, problems) is { } yaml
                ? Collect(FeedDefinitionParser.Parse(name, yaml, definitionFile, SyndicationOptionsValidator.CronError, File.GetLastWriteTimeUtc(Path.Combine(folder, DefinitionFile))), problems)
                : null;
            return (definition, problems, false);
        }
        catch (Exception e)
        {
            problems.Add(Faults.InFile(definitionFile, "read", e));
            return (null, problems, true);
        }
    }

    /// <summary>A fingerprint of a feed folder's files (names, lengths, write times) from one listing, without reading any.</summary>
    public string Fingerprint(string name)
    {
        var folder = Path.Combine(feedsRoot, name);
        var definition = new FileInfo(Path.Combine(folder, DefinitionFile));
        var text = new System.Text.StringBuilder().Append(definition.Length).Append('|').Append(definition.LastWriteTimeUtc.Ticks).Append('\n');
        foreach (var file in ArticleFiles(folder))
        {
            text.Append(Path.GetFileName(file.Path)).Append('|').Append(file.Length).Append('|').Append(file.Written.Ticks).Append('|').Append(file.IsLink).Append('\n');
        }

        return Core.Building.EntryStamp.Hash(text.ToString());
    }

    private static string FileName(string feed, string path) => $"{feed}/{Path.GetFileName(path)}";

    private (Article? Article, List<Problem> Problems, bool Failed, bool Faulted) ReadOne(string feed, ListedFile listed, TimeZoneInfo zone)
    {
        var file = FileName(feed, listed.Path);
        progress?.ArticlesRead(1);
        var cached = cache?.Find(feed, file);
        // Same length and write time as when last parsed: taken as unchanged without opening it (a link is always checked).
        if (cached is not null && !listed.IsLink && cached.Length == listed.Length && cached.Written == listed.Written && cached.Zone == zone.Id)
        {
            return (cached.Article, [.. cached.Problems], cached.Article is null, false);
        }

        var problems = new List<Problem>();
        try
        {
            if (ReadBytes(listed.Path, file, problems) is not { } bytes)
            {
                return (null, problems, FileKinds.Of(listed.Path) != FileKind.Missing, false);
            }

            var sha = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes));
            // Touched but the same bytes: the last parse stands, unless the article's date came from the write time.
            if (cached is not null && cached.Sha256 == sha && cached.Zone == zone.Id && cached.Article?.Published.UtcDateTime != cached.Written)
            {
                cache!.Put(feed, file, cached with { Length = listed.Length, Written = listed.Written });
                return (cached.Article, [.. cached.Problems], cached.Article is null, false);
            }

            var article = SourceBytes.Decode(bytes, file, problems) is { } text ? Parse(text, listed, file, zone, problems) : null;
            // The version before stays as the last good one (for a file that fails now, or whose new version cannot be
            // published); a file parsed for the first time has none, so a cold build keeps one copy of each article.
            var lastGood = article is null ? cached?.Article ?? cached?.LastGood : cached?.Article;
            cache?.Put(feed, file, new CachedArticle(listed.Length, listed.Written, sha, zone.Id, article, [.. problems], lastGood));
            return (article, problems, article is null, false);
        }
        catch (Exception e)
        {
            // Whatever one file makes the parser do stays with that file.
            problems.Add(Faults.InFile(file, "read", e));
        }

        return (null, problems, FileKinds.Of(listed.Path) != FileKind.Missing, true);
    }

    private Article? Parse(string text, ListedFile listed, string file, TimeZoneInfo zone, List<Problem> problems)
    {
        var parsed = parse(text, file, listed.Path.EndsWith(".md", StringComparison.Ordinal), zone, listed.Written);
        problems.AddRange(parsed.Problems);
        return parsed.Article;
    }

    /// <summary>Makes the next run parse these files again: what they gave could not be published.</summary>
    public void Distrust(string feed, IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            cache?.Distrust(feed, file);
        }
    }

    /// <summary>The last version of a file that parsed, for a file that fails now; null when there is none.</summary>
    /// <summary>Whether an article file (relative to the feeds folder, as <see cref="Article.File"/>) no longer exists.</summary>
    public bool FileGone(string file) => !File.Exists(Path.Combine(feedsRoot, file));

    public Article? LastGood(string feed, string file) => cache?.Find(feed, file)?.LastGood;

    /// <summary>Lets go of what was parsed, once saved: the next read of a feed loads it again (see <see cref="ParseCache.Release"/>).</summary>
    public void ReleaseParsed() => cache?.Release();

    private static FeedDefinition? Collect(FeedParseResult result, List<Problem> problems)
    {
        problems.AddRange(result.Problems);
        return result.Feed;
    }

    /// <summary>One article file as listed: its path, whether it is a link, and its length and write time (of the link itself for a link).</summary>
    private readonly record struct ListedFile(string Path, bool IsLink, long Length, DateTime Written);

    /// <summary>Whether a file of this name in a feed folder is one of its articles (the watcher asks too).</summary>
    public static bool IsArticleFile(ReadOnlySpan<char> name) =>
        name.EndsWith(".md", StringComparison.Ordinal) || name.EndsWith(".txt", StringComparison.Ordinal);

    /// <summary>The folder's article files from one listing, in name order.</summary>
    private static List<ListedFile> ArticleFiles(string folder)
    {
        var listing = new System.IO.Enumeration.FileSystemEnumerable<ListedFile>(folder,
            (ref System.IO.Enumeration.FileSystemEntry e) => new ListedFile(e.ToFullPath(), e.Attributes.HasFlag(FileAttributes.ReparsePoint), e.Length, e.LastWriteTimeUtc.UtcDateTime))
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry e) => !e.IsDirectory && IsArticleFile(e.FileName),
        };
        return [.. listing.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    private string? ReadText(string path, string file, List<Problem> problems) =>
        ReadBytes(path, file, problems) is { } bytes ? SourceBytes.Decode(bytes, file, problems) : null;

    /// <summary>The file's bytes, or null with the reason reported: outside the feeds folder (a symlink), too large, gone, unreadable.</summary>
    private byte[]? ReadBytes(string path, string file, List<Problem> problems)
    {
        try
        {
            if (!IsInside(path))
            {
                problems.Add(Problem.Error(file, 0, "the file is a link to a place outside the feeds folder and is refused", "Copy the file into the feeds folder instead of linking to it"));
                return null;
            }

            switch (FileKinds.Of(path))
            {
                case FileKind.Missing:
                    throw new FileNotFoundException(null, path);
                case FileKind.Special:
                    // Never opened: a FIFO would block the run until some writer came, a device might never end.
                    problems.Add(Problem.Error(file, 0, "the file is not a regular file (a FIFO, socket or device) and is skipped unopened", "Replace it with a regular file, or move it out of the feeds folder"));
                    return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            // Read at most one byte past the limit: a file that grows while we read is still refused, never read whole.
            var buffer = new byte[Math.Min(stream.Length, maxBytes) + 1];
            var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (length > maxBytes)
            {
                problems.Add(Problem.Error(file, 0, $"the file is larger than {maxBytes} bytes (Syndication:MaxArticleBytes) and is refused unread", "Split the article, or raise Syndication:MaxArticleBytes"));
                return null;
            }

            return buffer[..length];
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            problems.Add(Problem.Warning(file, 0, "the file disappeared while it was being read; it is left out of this run", "Nothing to do if it was deleted on purpose"));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(Problem.Error(file, 0, $"the file cannot be read: {e.Message}", "Check that the service may read it"));
            return null;
        }
    }

    /// <summary>Whether a path, links resolved, lies inside the feeds folder.</summary>
    private bool IsInside(string path)
    {
        var real = RealPath(path);
        return real.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>The path with every symbolic link along it resolved (a loop gives up after 40 links, as the kernel does).</summary>
    private static string RealPath(string path, int links = 0)
    {
        var full = Path.GetFullPath(path);
        if (full == Path.GetPathRoot(full) || links > 40)
        {
            return full.TrimEnd(Path.DirectorySeparatorChar);
        }

        full = full.TrimEnd(Path.DirectorySeparatorChar);
        var parent = RealPath(Path.GetDirectoryName(full)!, links);
        var here = Path.Combine(parent.Length == 0 ? "/" : parent, Path.GetFileName(full));
        var target = new FileInfo(here).LinkTarget;
        return target is null ? here : RealPath(Path.GetFullPath(target, parent.Length == 0 ? "/" : parent), links + 1);
    }
}
