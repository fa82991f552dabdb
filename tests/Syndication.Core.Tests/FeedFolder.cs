using Syndication.Core.Building;
using Syndication.Core.Model;
using Syndication.Core.Parsing;

namespace Syndication.Core.Tests;

/// <summary>Reads a feed folder the way the service does (feed.yaml plus *.md/*.txt), for tests of the pure core.</summary>
internal static class FeedFolder
{
    public static readonly Uri BaseUrl = new("https://feeds.example.org/");

    public static string InOutput(params string[] parts) => Path.Combine([AppContext.BaseDirectory, .. parts]);

    public static (FeedDefinition Feed, List<Article> Articles, List<Problem> Problems) Read(string folder)
    {
        var name = Path.GetFileName(folder);
        var problems = new List<Problem>();
        var parsed = FeedDefinitionParser.Parse(name, File.ReadAllText(Path.Combine(folder, "feed.yaml")), $"{name}/feed.yaml", _ => null, DateTimeOffset.UnixEpoch);
        problems.AddRange(parsed.Problems);
        var feed = parsed.Feed ?? throw new InvalidOperationException(string.Join("\n", parsed.Problems));
        var articles = new List<Article>();
        foreach (var path in Directory.EnumerateFiles(folder).Where(p => p.EndsWith(".md", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var result = ArticleParser.Parse(File.ReadAllText(path), $"{name}/{Path.GetFileName(path)}", path.EndsWith(".md", StringComparison.Ordinal), feed.TimeZone, DateTimeOffset.UnixEpoch);
            problems.AddRange(result.Problems);
            if (result.Article is not null)
            {
                articles.Add(result.Article);
            }
        }

        return (feed, articles, problems);
    }

    public static FeedDocument Build(string folder, Uri? baseUrl = null, DateTimeOffset? now = null)
    {
        var (feed, articles, _) = Read(folder);
        return new FeedBuilder(new PublicUrls(baseUrl ?? BaseUrl)).Build(feed, articles, now ?? new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    public static ArticleParseResult ParseArticle(string text, string file = "news/post.md", TimeZoneInfo? zone = null) =>
        ArticleParser.Parse(text, file, file.EndsWith(".md", StringComparison.Ordinal), zone ?? TimeZoneInfo.Utc, DateTimeOffset.UnixEpoch);
}
