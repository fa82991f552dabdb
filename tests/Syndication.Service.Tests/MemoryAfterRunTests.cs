using Microsoft.Extensions.DependencyInjection;
using Syndication.Service.Publishing;
using Syndication.Service.Storage;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>
/// A run reads and builds the whole corpus; once its documents are out, none of that stays in memory (unless kept), and a later run
/// still publishes the combined feed with every feed's entries (reading again those it did not publish).
/// </summary>
public sealed class MemoryAfterRunTests : IDisposable
{
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();

    public MemoryAfterRunTests()
    {
        _feeds.AddFeed("sport", "Sport");
        _feeds.WriteArticle("sport", "match.md", TempFeeds.Article("The match", "2024-01-05"));
    }

    public void Dispose() => _feeds.Dispose();

    /// <summary>By default nothing is held; <c>KeepParsedArticles</c> holds both feeds' articles and entries. Either way the next run combines every feed.</summary>
    [Theory]
    [InlineData(null, 0)]
    [InlineData("true", 2)]
    public async Task AfterARun_ParsedArticlesAndEntriesAreHeldOnlyWhenKept_AndTheNextRunStillCombinesEveryFeed(string? keep, int feedsHeld)
    {
        using var factory = new ServiceFactory(_feeds, new Dictionary<string, string?> { ["Syndication:KeepParsedArticles"] = keep });
        using var client = factory.CreateClient();
        await client.WaitForFirstRunAsync();

        Assert.Equal(feedsHeld, factory.Services.GetRequiredService<ParseCache>().FeedsHeld);
        Assert.Equal(feedsHeld, factory.Services.GetRequiredService<FeedRunner>().FeedsHeld);

        _feeds.WriteArticle("news", "late-news.md", TempFeeds.Article("Late news", "2024-01-06"));
        await client.RegenerateAsync();

        var combined = CodeHollow.FeedReader.FeedReader.ReadFromString(await client.GetStringAsync("/feed.atom"));
        Assert.Contains(combined.Items, i => i.Title == "Late news");
        Assert.Contains(combined.Items, i => i.Title == "The match");
        Assert.Equal(feedsHeld, factory.Services.GetRequiredService<ParseCache>().FeedsHeld);
    }
}
