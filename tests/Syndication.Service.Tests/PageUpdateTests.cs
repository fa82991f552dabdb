using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>A new article reaches the pages around it: its older neighbour links it, and the pages it does not touch stay as they were.</summary>
public sealed class PageUpdateTests : IAsyncLifetime, IDisposable
{
    private readonly PagesService _service = new();

    public Task InitializeAsync() => _service.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task NewArticle_IsLinkedFromThePreviousNewest_TheFeedPageAndTheIndex_AndOtherArticlePagesKeepTheirETags()
    {
        var untouched = new[] { "/feeds/news/first", "/feeds/news/second", "/feeds/news/third", "/feeds/journal/hiver" };
        var before = new Dictionary<string, string?>();
        foreach (var path in untouched)
        {
            using var response = await _service.Client.GetAsync(path);
            before[path] = response.Headers.ETag?.Tag;
        }

        PagesService.WriteNews(_service.Feeds, "fifth", "2024-01-05", "tags: [Rust]\n");
        await _service.Client.RegenerateAsync();

        var fourth = await _service.PageAsync("/feeds/news/fourth");
        Assert.Equal("Fifth", (await _service.PageAsync(fourth.QuerySelector("a[rel=next]")!.GetAttribute("href")!)).QuerySelector("h1")!.TextContent);
        Assert.Equal("Fifth", (await _service.PageAsync("/feeds/news.html")).QuerySelector("main li a")!.TextContent);
        Assert.Equal("Fifth", (await _service.PageAsync("/feeds/news/tags/rust.html")).QuerySelector("main li a")!.TextContent);
        var news = (await _service.PageAsync("/")).QuerySelectorAll("main section").Single(s => s.QuerySelector("h2")!.TextContent == "News");
        Assert.Equal("Fifth", news.QuerySelector("li a")!.TextContent);
        foreach (var path in untouched)
        {
            using var response = await _service.Client.GetAsync(path);
            Assert.Equal(before[path], response.Headers.ETag?.Tag);
        }
    }
}
