using Syndication.Core.Model;
using Syndication.Core.Parsing;
using Microsoft.Extensions.Options;
using Syndication.Service.Options;
using Syndication.Service.Publishing;

namespace Syndication.Service.Storage;

/// <summary>Reads feed folders from disk: <c>feed.yaml</c> plus every <c>*.md</c> and <c>*.txt</c> beside it.</summary>
internal sealed class FeedSourceReader(string feedsRoot, long maxBytes, ArticleParse parse, IRunProgress? progress = null)
{
    public const string DefinitionFile = "feed.yaml";

    private readonly string _root = RealPath(feedsRoot);

    public FeedSourceReader(string feedsRoot, long maxBytes)
        : this(feedsRoot, maxBytes, ArticleParser.Parse)
    {
    }

    public FeedSourceReader(ResolvedPaths paths, IOptions<SyndicationOptions> options, ArticleParse parse, IRunProgress progress)
        : this(paths.Feeds, options.Value.MaxArticleBytes, parse, progress)
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
                return ArticleFiles(Path.Combine(feedsRoot, name)).Count();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return 0;
            }
        });

    public FeedSource Read(string name)
    {
        var folder = Path.Combine(feedsRoot, name);
        var definitionFile = $"{name}/{DefinitionFile}";
        var problems = new List<Problem>();
        FeedDefinition? definition = null;
        try
        {
            definition = ReadText(Path.Combine(folder, DefinitionFile), definitionFile, problems) is { } yaml
                ? Collect(FeedDefinitionParser.Parse(name, yaml, definitionFile, SyndicationOptionsValidator.CronError, File.GetLastWriteTimeUtc(Path.Combine(folder, DefinitionFile))), problems)
                : null;
        }
        catch (Exception e)
        {
            problems.Add(Faults.InFile(definitionFile, "read", e));
        }

        var articles = new List<Article>();
        var failed = new List<string>();
        foreach (var path in ArticleFiles(folder))
        {
            var file = $"{name}/{Path.GetFileName(path)}";
            progress?.ArticlesRead(1);
            try
            {
                if (ReadArticle(path, file, definition?.TimeZone ?? TimeZoneInfo.Utc, problems) is { } article)
                {
                    articles.Add(article);
                    continue;
                }
            }
            catch (Exception e)
            {
                // Whatever one file makes the parser do stays with that file.
                problems.Add(Faults.InFile(file, "read", e));
            }

            if (FileKinds.Of(path) != FileKind.Missing)
            {
                failed.Add(file);
            }
        }

        return new FeedSource(name, definition, DuplicateArticles.Remove(articles, problems), problems) { FailedFiles = failed };
    }

    private Article? ReadArticle(string path, string file, TimeZoneInfo zone, List<Problem> problems)
    {
        if (ReadText(path, file, problems) is not { } text)
        {
            return null;
        }

        var parsed = parse(text, file, path.EndsWith(".md", StringComparison.Ordinal), zone, File.GetLastWriteTimeUtc(path));
        problems.AddRange(parsed.Problems);
        return parsed.Article;
    }

    private static FeedDefinition? Collect(FeedParseResult result, List<Problem> problems)
    {
        problems.AddRange(result.Problems);
        return result.Feed;
    }

    private static IEnumerable<string> ArticleFiles(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(p => p.EndsWith(".md", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>The file's text, or null with the reason reported: outside the feeds folder (a symlink), too large, gone, unreadable.</summary>
    private string? ReadText(string path, string file, List<Problem> problems)
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

            return SourceBytes.Decode(buffer[..length], file, problems);
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
