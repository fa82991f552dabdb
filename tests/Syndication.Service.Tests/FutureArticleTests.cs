using System.Globalization;
using Syndication.Service.Tests.Support;
using Xunit.Abstractions;

namespace Syndication.Service.Tests;

/// <summary>
/// Articles dated a few seconds ahead are served at their dates, with a schedule that never fires and no watcher:
/// each run leaves one one-off trigger for the feed's earliest article to come, shown as the feed's next run.
/// </summary>
public sealed class FutureArticleTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2);
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();

    [Fact]
    public async Task FutureDatedArticles_AreServedWithinTwoSecondsOfTheirDates_OneAfterTheOther()
    {
        using var factory = new ServiceFactory(_feeds);
        using var client = factory.CreateClient();
        await client.WaitForFirstRunAsync();
        var now = DateTimeOffset.UtcNow;
        var soon = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero).AddSeconds(4);
        var later = soon.AddSeconds(2);
        _feeds.WriteArticle("news", "soon.md", TempFeeds.Article("Soon", Iso(soon)));
        _feeds.WriteArticle("news", "later.md", TempFeeds.Article("Later", Iso(later)));

        await client.RegenerateAsync();

        Assert.True(await client.ServesTitlesAsync("news", "First post"));
        Assert.Equal(soon, await NextRunAsync(client));
        await ServedByAsync(client, soon, "First post", "Soon");
        await Poll.UntilAsync(async () => await NextRunAsync(client) == later, "the next run to move to the later article's date", Deadline);
        await ServedByAsync(client, later, "First post", "Later", "Soon");
        await Poll.UntilAsync(async () => await NextRunAsync(client) > later.AddYears(1), "the next run to go back to the schedule", Deadline);
    }

    public void Dispose() => _feeds.Dispose();

    /// <summary>Waits for the titles to be served, failing 2 s after <paramref name="date"/>; reports how long after the date they were.</summary>
    private async Task ServedByAsync(HttpClient client, DateTimeOffset date, params string[] titles)
    {
        await Poll.UntilAsync(() => client.ServesTitlesAsync("news", titles), $"the article dated {Iso(date)} to be served within {Deadline.TotalSeconds} s of it", date + Deadline - DateTimeOffset.UtcNow);
        output.WriteLine($"served {(DateTimeOffset.UtcNow - date).TotalMilliseconds:0} ms after its date (polled every 50 ms)");
    }

    /// <summary>The news feed's next run as /admin/status tells it.</summary>
    private static async Task<DateTimeOffset> NextRunAsync(HttpClient client) =>
        (await client.StatusAsync()).GetProperty("feeds").EnumerateArray().Single(f => f.GetProperty("feed").GetString() == "news").GetProperty("nextRun").GetDateTimeOffset();

    private static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
