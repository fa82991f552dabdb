using System.Net;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

public sealed class ContentChangeTests : IDisposable
{
    private readonly TempFeeds _feeds = ContentChanges.CreateFeeds();

    [Fact]
    public async Task AdminRegenerate_PublishesAddedChangedAndDeletedArticles()
    {
        using var factory = new ServiceFactory(_feeds);
        using var client = factory.CreateClient();
        await Poll.UntilAsync(() => ContentChanges.BothShowAsync(client, ContentChanges.Before), "the start-up run to publish both articles");

        ContentChanges.Apply(_feeds);
        var report = await client.RegenerateAsync();

        Assert.True(report.Feed("news").GetProperty("changed").GetBoolean());
        Assert.Equal(2, report.Feed("news").GetProperty("entries").GetInt32());
        Assert.Equal(ContentChanges.After, (await client.ReadFeedAsync("/feeds/news.atom")).Titles());
        Assert.Equal(ContentChanges.After, (await client.ReadFeedAsync("/feeds/news.rss")).Titles());
        await AssertArticlePagesAsync(client);
    }

    [Fact]
    public async Task AdminRegenerateOneFeed_PublishesItsChanges()
    {
        using var factory = new ServiceFactory(_feeds);
        using var client = factory.CreateClient();
        await Poll.UntilAsync(() => ContentChanges.BothShowAsync(client, ContentChanges.Before), "the start-up run to publish both articles");

        ContentChanges.Apply(_feeds);
        var report = await client.RegenerateFeedAsync("news");

        Assert.Equal("news", Assert.Single(report.GetProperty("feeds").EnumerateArray()).GetProperty("feed").GetString());
        Assert.Equal(ContentChanges.After, (await client.ReadFeedAsync("/feeds/news.atom")).Titles());
    }

    [Fact]
    public async Task ScheduleEverySecond_PublishesAddedChangedAndDeletedArticlesWithoutRestart()
    {
        using var factory = new ServiceFactory(_feeds, new Dictionary<string, string?> { ["Syndication:Schedule"] = "* * * * * ?" });
        using var client = factory.CreateClient();
        await Poll.UntilAsync(() => ContentChanges.BothShowAsync(client, ContentChanges.Before), "the start-up run to publish both articles");

        ContentChanges.Apply(_feeds);

        await Poll.UntilAsync(() => ContentChanges.BothShowAsync(client, ContentChanges.After), "a scheduled run to publish the changes");
        // A run removes the pages of deleted articles only after the documents stop linking to them, so a moment later.
        await Poll.UntilAsync(
            async () =>
            {
                using var deleted = await client.GetAsync("/feeds/news/second-post");
                return deleted.StatusCode == HttpStatusCode.NotFound;
            },
            "the run to remove the deleted article's page");
        await AssertArticlePagesAsync(client);
    }

    public void Dispose() => _feeds.Dispose();

    private static async Task AssertArticlePagesAsync(HttpClient client)
    {
        using var changed = await client.GetAsync("/feeds/news/first-post");
        Assert.Contains("First post, revised", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var added = await client.GetAsync("/feeds/news/third-post");
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        using var deleted = await client.GetAsync("/feeds/news/second-post");
        Assert.Equal(HttpStatusCode.NotFound, deleted.StatusCode);
    }
}
