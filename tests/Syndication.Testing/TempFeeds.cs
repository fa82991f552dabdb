using System.Globalization;

namespace Syndication.Testing;

/// <summary>A throw-away feeds folder and output folder under one temp directory, deleted on dispose.</summary>
public sealed class TempFeeds : IDisposable
{
    public TempFeeds()
    {
        Root = Path.Combine(Path.GetTempPath(), "syndication-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(FeedsPath);
        Directory.CreateDirectory(OutputPath);
    }

    public string Root { get; }

    public string FeedsPath => Path.Combine(Root, "feeds");

    public string OutputPath => Path.Combine(Root, "output");

    /// <summary>A feed with a valid feed.yaml and one article, "first-post".</summary>
    public static TempFeeds WithNewsFeed()
    {
        var feeds = new TempFeeds();
        feeds.AddFeed("news", "News");
        feeds.WriteArticle("news", "first-post.md", Article("First post", "2024-01-02"));
        return feeds;
    }

    /// <summary>A feed.yaml with a title and a description, then <paramref name="extraYaml"/> (whole lines, e.g. "limit: 2\n").</summary>
    public void AddFeed(string feed, string title, string extraYaml = "") =>
        WriteFeedYaml(feed, $"title: {title}\ndescription: Everything about {title}\n{extraYaml}");

    public void WriteFeedYaml(string feed, string yaml) => Write(Path.Combine(feed, "feed.yaml"), yaml);

    public void WriteArticle(string feed, string fileName, string text) => Write(Path.Combine(feed, fileName), text);

    public void DeleteArticle(string feed, string fileName) => File.Delete(Path.Combine(FeedsPath, feed, fileName));

    /// <summary>Articles <c>a-0001.md</c> … one minute apart, newest last; <paramref name="version"/> goes into every body.</summary>
    public void WriteArticles(string feed, int count, string version = "v0")
    {
        for (var i = 1; i <= count; i++)
        {
            WriteArticle(feed, ArticleFile(i), NumberedArticle(i, version));
        }
    }

    public static string ArticleFile(int number) => $"a-{number:D4}.md";

    public static string NumberedArticle(int number, string version, string? title = null) =>
        Article(title ?? $"Article {number}", new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(number)
            .ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), $"Body of article {number}, {version}, with *some* words.");

    /// <summary>A Markdown article with front matter: a title, a date and a short body.</summary>
    public static string Article(string title, string date, string body = "Some *words* here.") =>
        $"---\ntitle: {title}\ndate: {date}\nsummary: About {title}\n---\n\n{body}\n";

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process still holding a file must not fail the test; the temp folder is cleaned by the OS eventually.
        }
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(FeedsPath, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
