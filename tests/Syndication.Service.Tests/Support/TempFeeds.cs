namespace Syndication.Service.Tests.Support;

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

    public void AddFeed(string feed, string title) =>
        WriteFeedYaml(feed, $"title: {title}\ndescription: Everything about {title}\n");

    public void WriteFeedYaml(string feed, string yaml) => Write(Path.Combine(feed, "feed.yaml"), yaml);

    public void WriteArticle(string feed, string fileName, string text) => Write(Path.Combine(feed, fileName), text);

    public void DeleteArticle(string feed, string fileName) => File.Delete(Path.Combine(FeedsPath, feed, fileName));

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
