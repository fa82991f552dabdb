namespace Syndication.Service.Tests.Support;

/// <summary>The same edit made to a feed by every content-change test: one article added, one changed, one deleted.</summary>
public static class ContentChanges
{
    public static readonly string[] Before = ["First post", "Second post"];

    public static readonly string[] After = ["First post, revised", "Third post"];

    /// <summary>A "news" feed with two articles.</summary>
    public static TempFeeds CreateFeeds()
    {
        var feeds = TempFeeds.WithNewsFeed();
        feeds.WriteArticle("news", "second-post.md", TempFeeds.Article("Second post", "2024-01-03"));
        return feeds;
    }

    public static void Apply(TempFeeds feeds)
    {
        feeds.WriteArticle("news", "third-post.md", TempFeeds.Article("Third post", "2024-01-04"));
        feeds.WriteArticle("news", "first-post.md", TempFeeds.Article("First post, revised", "2024-01-02", "New *words*."));
        feeds.DeleteArticle("news", "second-post.md");
    }

    /// <summary>
    /// Whether both the Atom and the RSS document, as a reader parses them, show exactly <paramref name="titles"/>;
    /// not published yet (the start-up run is still going) counts as "not yet", not as a failure.
    /// </summary>
    public static async Task<bool> BothShowAsync(HttpClient client, string[] titles)
    {
        foreach (var path in (string[])["/feeds/news.atom", "/feeds/news.rss"])
        {
            using var response = await client.GetAsync(path);
            if (response.StatusCode != System.Net.HttpStatusCode.OK
                || !CodeHollow.FeedReader.FeedReader.ReadFromString(await response.Content.ReadAsStringAsync()).Titles().SequenceEqual(titles))
            {
                return false;
            }
        }

        return true;
    }
}
