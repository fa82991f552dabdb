using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Syndication.Service.Jobs;
using Syndication.Service.Publishing;
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
        var soon = WholeSecondsAhead(4);
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

    [Fact]
    public async Task FeedDeletedBeforeItsArticleIsDue_GetsOneRunAtThatDate_NotOneAfterAnother()
    {
        _feeds.AddFeed("gone", "Gone");
        _feeds.WriteArticle("gone", "kept.md", TempFeeds.Article("Kept", "2024-01-01"));
        using var factory = new ServiceFactory(_feeds);
        using var client = factory.CreateClient();
        await client.WaitForFirstRunAsync();
        var soon = WholeSecondsAhead(3);
        _feeds.WriteArticle("gone", "soon.md", TempFeeds.Article("Soon", Iso(soon)));
        await client.RegenerateAsync();
        var runs = factory.Services.GetRequiredService<RunHistory>().Runs;
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.NotNull(await scheduler.GetTrigger(DueArticleTriggers.Key("gone")));

        Directory.Delete(Path.Combine(_feeds.FeedsPath, "gone"), recursive: true);

        // The trigger is stored until its run has finished; were it set again for the same date, it would stay stored, firing at once, over and over.
        await Poll.UntilAsync(async () => await scheduler.GetTrigger(DueArticleTriggers.Key("gone")) is null, "the due trigger's one run to finish", soon + Deadline - DateTimeOffset.UtcNow);
        Assert.Equal(runs + 1, factory.Services.GetRequiredService<RunHistory>().Runs);
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

    /// <summary>A time that many whole seconds ahead, as front matter can say it.</summary>
    private static DateTimeOffset WholeSecondsAhead(int seconds)
    {
        var now = DateTimeOffset.UtcNow;
        return new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero).AddSeconds(seconds);
    }

    private static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
