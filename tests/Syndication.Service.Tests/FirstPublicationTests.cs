using System.Net;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>
/// A feed's formats appear together: while the first run of a new feed has written its Atom document but not yet its
/// JSON Feed, none of the three is served; once the run is through, all three are.
/// </summary>
public sealed class FirstPublicationTests : IDisposable
{
    private static readonly string[] Formats = ["atom", "rss", "json"];
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();
    private readonly FaultPlan _plan = new();
    private readonly ServiceFactory _factory;
    private readonly HttpClient _client;

    public FirstPublicationTests()
    {
        _plan.HoldWrites(path => path == "news.json");
        _factory = new ServiceFactory(_feeds, replaceServices: _plan.Register);
        _client = _factory.CreateClient();
    }

    [Fact]
    public async Task NewFeedCaughtBetweenItsFormats_ServesNoneOfThemUntilAllAreWritten()
    {
        // The run is held at news.json, after news.atom and news.rss reached the disk.
        await Poll.UntilAsync(() => Task.FromResult(File.Exists(Path.Combine(_feeds.OutputPath, "news.rss"))), "news.rss on disk");
        Assert.True(File.Exists(Path.Combine(_feeds.OutputPath, "news.atom")));
        foreach (var format in Formats)
        {
            using var response = await _client.GetAsync($"/feeds/news.{format}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        _plan.ReleaseWrites();
        await _client.WaitForFirstRunAsync();
        foreach (var format in Formats)
        {
            using var response = await _client.GetAsync($"/feeds/news.{format}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    public void Dispose()
    {
        _plan.ReleaseWrites();
        _client.Dispose();
        _factory.Dispose();
        _feeds.Dispose();
    }
}
