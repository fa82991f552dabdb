using Syndication.Core.Model;
using Syndication.Core.Parsing;
using Syndication.Service.Options;

namespace Syndication.Service.Storage;

/// <summary>Reads feed folders from disk: <c>feed.yaml</c> plus every <c>*.md</c> and <c>*.txt</c> beside it.</summary>
internal sealed class FeedSourceReader(string feedsRoot)
{
    public const string DefinitionFile = "feed.yaml";

    public FeedSourceReader(ResolvedPaths paths)
        : this(paths.Feeds)
    {
    }

    /// <summary>Every folder under the feeds root that holds a feed.yaml, by name.</summary>
    public IReadOnlyList<string> FeedNames() =>
        Directory.Exists(feedsRoot)
            ? Directory.EnumerateDirectories(feedsRoot)
                .Where(d => File.Exists(Path.Combine(d, DefinitionFile)))
                .Select(d => Path.GetFileName(d))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    public FeedSource Read(string name)
    {
        var folder = Path.Combine(feedsRoot, name);
        var definitionFile = $"{name}/{DefinitionFile}";
        var problems = new List<Problem>();
        var definition = ReadText(Path.Combine(folder, DefinitionFile), definitionFile, problems) is { } yaml
            ? Collect(FeedDefinitionParser.Parse(name, yaml, definitionFile, SyndicationOptionsValidator.CronError, File.GetLastWriteTimeUtc(Path.Combine(folder, DefinitionFile))), problems)
            : null;

        var articles = new List<Article>();
        foreach (var path in ArticleFiles(folder))
        {
            var file = $"{name}/{Path.GetFileName(path)}";
            if (ReadText(path, file, problems) is not { } text)
            {
                continue;
            }

            var parsed = ArticleParser.Parse(text, file, path.EndsWith(".md", StringComparison.Ordinal),
                definition?.TimeZone ?? TimeZoneInfo.Utc, File.GetLastWriteTimeUtc(path));
            problems.AddRange(parsed.Problems);
            if (parsed.Article is { } article)
            {
                articles.Add(article);
            }
        }

        return new FeedSource(name, definition, Deduplicate(articles, problems), problems);
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

    /// <summary>Two articles with one slug or id would be one entry twice in a reader: the first file (by name) wins.</summary>
    private static List<Article> Deduplicate(List<Article> articles, List<Problem> problems)
    {
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<Article>();
        foreach (var article in articles)
        {
            if (!slugs.Add(article.Slug) || (article.Id is { } id && !ids.Add(id)))
            {
                problems.Add(Problem.Error(article.File, 0, $"another article already uses the slug '{article.Slug}' or the id '{article.Id}'; this one is skipped",
                    "Give each article its own file name (or 'slug:') and its own 'id:'"));
                continue;
            }

            kept.Add(article);
        }

        return kept;
    }

    private static string? ReadText(string path, string file, List<Problem> problems)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(Problem.Error(file, 0, $"the file cannot be read: {e.Message}", "Check that the file exists and the service may read it"));
            return null;
        }
    }
}
