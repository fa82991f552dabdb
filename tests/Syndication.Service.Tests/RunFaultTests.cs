using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>
/// The content and files that stopped whole runs in the review. Whether Core now handles a case itself (published, maybe
/// with a warning) or not (reported as an error on that file), the run finishes and every other article and feed publishes.
/// </summary>
public sealed class RunFaultTests : IDisposable
{
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();
    private ServiceFactory? _factory;
    private HttpClient? _client;

    public static TheoryData<string, string, string> BadArticles() => new()
    {
        { "a character reference XML cannot hold", "", "---\ntitle: Control\ndate: 2024-01-03\n---\n\nBad &#x1; character.\n" },
        { "a date the feed's time zone pushes out of range", "timezone: Asia/Kolkata\n", "---\ntitle: Control\ndate: 0001-01-01\n---\n\nAncient.\n" },
        { "an image address that is not a URL", "", "---\ntitle: Control\ndate: 2024-01-03\nimage: \"http://exa mple.com/x\"\n---\n\nPicture.\n" },
    };

    [Theory]
    [MemberData(nameof(BadArticles))]
    public async Task ArticleThatOnceStoppedTheRun_IsPublishedOrReportedAndEverythingElsePublishes(string what, string feedYaml, string article)
    {
        _feeds.WriteFeedYaml("news", $"title: News\ndescription: News\n{feedYaml}");
        _feeds.AddFeed("other", "Other");
        _feeds.WriteArticle("other", "other-first.md", TempFeeds.Article("Other first", "2024-01-02"));
        _feeds.WriteArticle("news", "control.md", article);
        var client = Start();
        await client.WaitForFirstRunAsync();

        var news = (await client.RegenerateAsync()).Feed("news");

        var titles = await FormatTitles.OfAsync(client, "news");
        Assert.All(titles, shown => Assert.Equal(titles[0], shown));
        Assert.Contains("First post", titles[0]);
        Assert.True(titles[0].Contains("Control") || news.Errors().AnyAbout("news/control.md"), $"{what}: neither published nor reported");
        await FormatTitles.AssertAllShowAsync(client, "other", "Other first");
    }

    [Theory]
    [InlineData("news", "pipe.md")]
    [InlineData("news", "notes.txt")]
    [InlineData("piped", "feed.yaml")]
    public async Task Fifo_IsSkippedUnopenedWithAnErrorAndTheRunFinishes(string feed, string name)
    {
        Directory.CreateDirectory(Path.Combine(_feeds.FeedsPath, feed));
        await MakeFifoAsync(Path.Combine(_feeds.FeedsPath, feed, name));
        var client = Start();
        await Poll.UntilAsync(async () => (await client.StatusAsync()).GetProperty("lastRun").ValueKind == JsonValueKind.Object, "the run past the FIFO", TimeSpan.FromSeconds(60));
        var status = (await client.StatusAsync()).Feed(feed);

        Assert.Contains("not a regular file", status.Errors().About($"{feed}/{name}").Message(), StringComparison.Ordinal);
        await FormatTitles.AssertAllShowAsync(client, "news", "First post");
    }

    [Theory]
    [InlineData("garbage{")]
    [InlineData("null")]
    [InlineData("[null]")]
    [InlineData("{\"x\":null}")]
    [InlineData("\"text\"")]
    public async Task CorruptStateFiles_AreReportedAndRebuiltNeverFatal(string content)
    {
        // The service writes its state, then the files are damaged while it is stopped (files it did not write are never read).
        _feeds.WriteFeedYaml("news", "title: News\ndescription: Test feed\nlimit: 1\n");
        _feeds.WriteArticle("news", "older-post.md", TempFeeds.Article("Older post", "2024-01-01"));
        await Start().WaitForFirstRunAsync();
        _client!.Dispose();
        await _factory!.DisposeAsync();
        var state = Path.Combine(_feeds.OutputPath, "_state");
        var buckets = Directory.GetFiles(Path.Combine(state, "parsed", "news")).Select(f => $"parsed/news/{Path.GetFileName(f)}").ToList();
        Assert.NotEmpty(buckets);
        string[] files = ["news.versions.json", "news.channel.json", "news.unchanged.json", .. buckets];
        foreach (var file in files)
        {
            Assert.True(File.Exists(Path.Combine(state, file)), $"the first run wrote no {file}");
            await File.WriteAllTextAsync(Path.Combine(state, file), content);
        }

        var client = Start();
        await client.WaitForFirstRunAsync();
        var news = (await client.StatusAsync()).Feed("news");

        await FormatTitles.AssertAllShowAsync(client, "news", "First post");
        Assert.Empty(news.Errors());
        Assert.All(files, file =>
            Assert.Contains(news.Warnings(), w => w.Message().Contains($"_state/{file} could not be read", StringComparison.Ordinal)));
        using var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.True((await client.RegenerateAsync()).GetProperty("succeeded").GetBoolean());
        var rebuilt = buckets.Select(b => JsonDocument.Parse(File.ReadAllText(Path.Combine(state, b)))).ToList();
        Assert.Contains(rebuilt, b => b.RootElement.TryGetProperty("news/first-post.md", out var entry) && entry.GetProperty("Article").GetProperty("Title").GetString() == "First post");
        rebuilt.ForEach(b => b.Dispose());
    }

    /// <summary>mkfifo(1), bounded: the test never waits on a FIFO itself.</summary>
    private static async Task MakeFifoAsync(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await mkfifo.WaitForExitAsync(bounded.Token);
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private HttpClient Start()
    {
        _factory = new ServiceFactory(_feeds);
        _client = _factory.CreateClient();
        _client.Timeout = TimeSpan.FromSeconds(60);
        return _client;
    }

    public void Dispose()
    {
        _client?.Dispose();
        _factory?.Dispose();
        _feeds.Dispose();
    }
}
