namespace Syndication.Reliability.Tests.Support;

/// <summary>
/// One real service shared by a test class that only reads: feed "news" (limit 2, five articles, so archive page 1
/// exists), published by the start-up run.
/// </summary>
public sealed class RunningService : IAsyncLifetime, IDisposable
{
    public const string Feed = "news";

    private readonly TempFeeds _content = new();

    public RunningService()
    {
        _content.AddFeed(Feed, "News", "limit: 2\n");
        _content.WriteArticles(Feed, 5);
    }

    public ServiceProcess Process { get; private set; } = null!;

    public TempFeeds Content => _content;

    /// <summary>Documents that exist, one per route: what a request that does not escape may legitimately get.</summary>
    public static readonly string[] ExistingPaths =
        [$"/feeds/{Feed}.atom", $"/feeds/{Feed}.rss", $"/feeds/{Feed}.json", $"/feeds/{Feed}/a-0001", $"/feeds/{Feed}/archive/1.atom"];

    public async Task InitializeAsync()
    {
        Process = ServiceProcess.Start(_content);
        foreach (var path in ExistingPaths)
        {
            await Process.WaitUntilServingAsync(path, TimeSpan.FromSeconds(30));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Process?.Dispose();
        _content.Dispose();
    }
}
