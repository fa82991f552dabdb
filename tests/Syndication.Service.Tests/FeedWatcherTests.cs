using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Syndication.Service.Jobs;
using Syndication.Service.Publishing;
using Syndication.Service.Tests.Support;
using Xunit.Abstractions;

namespace Syndication.Service.Tests;

/// <summary>
/// Changes made under the feeds folder as editors make them are served within 2 s, with a schedule that never fires:
/// the watcher runs the regenerate job itself, once for a burst of saves, not for editors' scratch files, not when switched off.
/// </summary>
public sealed class FeedWatcherTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2);
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();

    [Fact]
    public async Task ArticlesAddedEditedRenamedAndDeleted_AreEachServedWithinTwoSeconds()
    {
        using var factory = Start();
        using var client = factory.CreateClient();
        await client.WaitForFirstRunAsync();
        var latencies = new List<TimeSpan>();
        for (var round = 1; round <= 5; round++)
        {
            var (name, renamed) = ($"note-{round}", $"moved-{round}");
            latencies.Add(await ServedWithinDeadlineAsync(
                () => _feeds.WriteArticle("news", name + ".md", TempFeeds.Article($"Note {round}", "2024-02-01")),
                () => client.ServesTitlesAsync("news", "First post", $"Note {round}"), $"added {name}.md"));
            latencies.Add(await ServedWithinDeadlineAsync(
                () => _feeds.WriteArticle("news", name + ".md", TempFeeds.Article($"Note {round}, edited", "2024-02-01")),
                () => client.ServesTitlesAsync("news", "First post", $"Note {round}, edited"), $"edited {name}.md"));
            latencies.Add(await ServedWithinDeadlineAsync(
                () => File.Move(Path.Combine(_feeds.FeedsPath, "news", name + ".md"), Path.Combine(_feeds.FeedsPath, "news", renamed + ".md")),
                async () => await client.TryReadFeedAsync("/feeds/news.atom") is { } feed && feed.Items.Any(i => i.Link.EndsWith("/news/" + renamed, StringComparison.Ordinal))
                    && !feed.Items.Any(i => i.Link.EndsWith("/news/" + name, StringComparison.Ordinal)),
                $"{name}.md renamed to {renamed}.md"));
            latencies.Add(await ServedWithinDeadlineAsync(
                () => _feeds.DeleteArticle("news", renamed + ".md"),
                () => client.ServesTitlesAsync("news", "First post"), $"deleted {renamed}.md"));
        }

        var ms = latencies.Select(l => l.TotalMilliseconds).Order().ToList();
        output.WriteLine($"{ms.Count} changes, change to served (ms, polled every 50 ms): min {ms[0]:0}, median {ms[ms.Count / 2]:0}, " +
            $"90th {ms[(int)(ms.Count * 0.9)]:0}, max {ms[^1]:0}; all: {string.Join(' ', ms.Select(m => m.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))}");
    }

    [Fact]
    public async Task FeedFolderAdded_IsServedWithinTwoSeconds()
    {
        using var factory = Start();
        using var client = factory.CreateClient();
        await client.WaitForFirstRunAsync();

        await ServedWithinDeadlineAsync(
            () =>
            {
                _feeds.AddFeed("sports", "Sports");
                _feeds.WriteArticle("sports", "kick-off.md", TempFeeds.Article("Kick-off", "2024-02-01"));
            },
            () => client.ServesTitlesAsync("sports", "Kick-off"), "the new feed");
    }

    [Fact]
    public async Task FeedYamlEdited_IsServedWithinTwoSeconds()
    {
        using var factory = Start();
        using var client = factory.CreateClient();
        await client.WaitForFirstRunAsync();

        await ServedWithinDeadlineAsync(
            () => _feeds.AddFeed("news", "Latest news"),
            async () => (await client.TryReadFeedAsync("/feeds/news.atom"))?.Title == "Latest news", "the feed's new title");
    }

    [Fact]
    public async Task FiftyArticlesSavedAtOnce_AreServedByOneRun()
    {
        _feeds.AddFeed("bulk", "Bulk", "limit: 100\n");
        _feeds.WriteArticle("bulk", "start.md", TempFeeds.Article("Start", "2023-12-01"));
        using var factory = Start();
        using var client = factory.CreateClient();
        await client.WaitForFirstRunAsync();
        var before = await SettledRunsAsync(factory);

        await ServedWithinDeadlineAsync(
            () => _feeds.WriteArticles("bulk", 50),
            async () => (await client.TryReadFeedAsync("/feeds/bulk.atom"))?.Items.Count == 51, "all 50 articles");

        Assert.Equal(before + 1, await SettledRunsAsync(factory));
    }

    [Fact]
    public async Task EditorsScratchFiles_CauseNoRun_AndTheirAtomicSaveIsServed()
    {
        using var factory = Start();
        using var client = factory.CreateClient();
        await client.WaitForFirstRunAsync();
        var runs = await SettledRunsAsync(factory);
        var folder = Path.Combine(_feeds.FeedsPath, "news");

        // What vim and Emacs leave beside a file being edited: a write test, a swap file, a backup, a lock link.
        File.WriteAllText(Path.Combine(folder, "4913"), "");
        File.Delete(Path.Combine(folder, "4913"));
        File.WriteAllText(Path.Combine(folder, ".first-post.md.swp"), "swap");
        File.Copy(Path.Combine(folder, "first-post.md"), Path.Combine(folder, "first-post.md~"));
        File.CreateSymbolicLink(Path.Combine(folder, ".#first-post.md"), "editor@host.4242:1700000000");
        await AssertNoRunWithinDeadlineAsync(factory, runs);

        // The save: the new text under a temporary name, then renamed over the article.
        await ServedWithinDeadlineAsync(
            () =>
            {
                File.WriteAllText(Path.Combine(folder, ".goutputstream-X1Y2Z3"), TempFeeds.Article("First post, saved", "2024-01-02"));
                File.Move(Path.Combine(folder, ".goutputstream-X1Y2Z3"), Path.Combine(folder, "first-post.md"), overwrite: true);
            },
            () => client.ServesTitlesAsync("news", "First post, saved"), "the saved article");
    }

    [Fact]
    public async Task WatchFeedsOff_LeavesChangesToTheSchedule()
    {
        using var factory = Start(watchFeeds: "false");
        using var client = factory.CreateClient();
        await client.WaitForFirstRunAsync();
        var runs = await SettledRunsAsync(factory);

        _feeds.WriteArticle("news", "added.md", TempFeeds.Article("Added", "2024-02-01"));

        await AssertNoRunWithinDeadlineAsync(factory, runs);
        Assert.True(await client.ServesTitlesAsync("news", "First post"));
    }

    [Fact]
    public async Task TheServiceAsAnOperatorRunsIt_WatchesWithoutBeingToldTo()
    {
        // A settings file that does not mention WatchFeeds, read by the real service from its working directory.
        var settings = new JsonObject { ["FeedsPath"] = "feeds", ["OutputPath"] = "output", ["Schedule"] = ServiceCommand.NeverSchedule, ["AdminToken"] = ServiceFactory.AdminToken };
        await File.WriteAllTextAsync(Path.Combine(_feeds.Root, "appsettings.json"), new JsonObject { ["Syndication"] = settings }.ToJsonString());
        var port = FreePort.Next();
        using var service = ServiceProcess.Start(_feeds.Root, new Dictionary<string, string>(), "--urls", $"http://127.0.0.1:{port}");
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        await Poll.UntilAsync(
            async () =>
            {
                try
                {
                    return await client.ServesTitlesAsync("news", "First post");
                }
                catch (HttpRequestException)
                {
                    return false;   // not listening yet
                }
            },
            "the service's first run", TimeSpan.FromSeconds(60));

        await ServedWithinDeadlineAsync(
            () => _feeds.WriteArticle("news", "added.md", TempFeeds.Article("Added", "2024-02-01")),
            () => client.ServesTitlesAsync("news", "Added", "First post"), "the added article");
    }

    public void Dispose() => _feeds.Dispose();

    /// <summary>The service in-process, watching unless told not to (the tests' factory leaves the watcher off).</summary>
    private ServiceFactory Start(string watchFeeds = "true") =>
        new(_feeds, new Dictionary<string, string?> { ["Syndication:WatchFeeds"] = watchFeeds });

    /// <summary>Makes the change, then waits for readers to be served it, failing at the 2 s deadline; how long it took.</summary>
    private static async Task<TimeSpan> ServedWithinDeadlineAsync(Action change, Func<Task<bool>> served, string what)
    {
        var clock = Stopwatch.StartNew();
        change();
        await Poll.UntilAsync(served, $"{what} to be served within {Deadline.TotalSeconds} s", Deadline - clock.Elapsed);
        return clock.Elapsed;
    }

    /// <summary>Runs finished so far, once the watcher's trigger is gone: it stays stored until its run has finished.</summary>
    private static async Task<long> SettledRunsAsync(ServiceFactory factory)
    {
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await Poll.UntilAsync(async () => await scheduler.GetTrigger(FeedWatcher.Trigger) is null, "the watcher's run to finish");
        return factory.Services.GetRequiredService<RunHistory>().Runs;
    }

    /// <summary>What does not happen shows only by waiting: twice the deadline in which a watched change is served.</summary>
    private static async Task AssertNoRunWithinDeadlineAsync(ServiceFactory factory, long runs)
    {
        await Task.Delay(Deadline * 2);
        Assert.Equal(runs, await SettledRunsAsync(factory));
    }
}
