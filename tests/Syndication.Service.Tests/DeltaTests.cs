using System.Net;
using System.Text.Json;
using CodeHollow.FeedReader;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>RFC 3229+feed: 226 with only what changed, 304 for the current version, 200 for anything else.</summary>
public sealed class DeltaTests : IDisposable
{
    private readonly TempFeeds _feeds = ContentChanges.CreateFeeds();
    private readonly ServiceFactory _factory;
    private readonly HttpClient _client;

    public DeltaTests()
    {
        _factory = new ServiceFactory(_feeds);
        _client = _factory.CreateClient();
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? ifNoneMatch, bool delta = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (delta)
        {
            request.Headers.TryAddWithoutValidation("A-IM", "feed");
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await _client.SendAsync(request);
    }

    private async Task<string> ETagAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        return response.Headers.ETag!.Tag;
    }

    [Theory]
    [InlineData("/feeds/news.atom")]
    [InlineData("/feeds/news.rss")]
    public async Task OldETagWithAIm_Gets226WithExactlyTheNewAndChangedEntries(string path)
    {
        await _client.RegenerateAsync();
        var v1 = await ETagAsync(path);
        ContentChanges.Apply(_feeds);
        await _client.RegenerateAsync();
        var current = await ETagAsync(path);

        using var response = await GetAsync(path, v1);

        Assert.Equal((HttpStatusCode)226, response.StatusCode);
        Assert.Equal("feed", response.Headers.GetValues("IM").Single());
        Assert.Contains("im", response.Headers.CacheControl!.Extensions.Select(e => e.Name));
        Assert.True(response.Headers.CacheControl.NoStore);
        Assert.Equal(current, response.Headers.ETag!.Tag);
        var delta = FeedReader.ReadFromString(await response.Content.ReadAsStringAsync());
        Assert.Equal(ContentChanges.After, delta.Titles());
    }

    [Fact]
    public async Task JsonDelta_IsAValidJsonFeedWithTheChangedItems()
    {
        await _client.RegenerateAsync();
        var v1 = await ETagAsync("/feeds/news.json");
        _feeds.WriteArticle("news", "third-post.md", TempFeeds.Article("Third post", "2024-01-04"));
        await _client.RegenerateAsync();

        using var response = await GetAsync("/feeds/news.json", v1);

        Assert.Equal((HttpStatusCode)226, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("https://jsonfeed.org/version/1.1", json.RootElement.GetProperty("version").GetString());
        Assert.Equal("Third post", Assert.Single(json.RootElement.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task HeaderCombinations_Choose304Or200()
    {
        await _client.RegenerateAsync();
        var v1 = await ETagAsync("/feeds/news.atom");
        ContentChanges.Apply(_feeds);
        await _client.RegenerateAsync();
        var current = await ETagAsync("/feeds/news.atom");

        async Task<HttpStatusCode> StatusAsync(string? etag, bool delta)
        {
            using var response = await GetAsync("/feeds/news.atom", etag, delta);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.NotModified, await StatusAsync(current, delta: true));
        Assert.Equal(HttpStatusCode.NotModified, await StatusAsync("*", delta: true));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync("\"never-issued\"", delta: true));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(v1, delta: false));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(null, delta: true));
        Assert.Equal((HttpStatusCode)226, await StatusAsync(v1, delta: true));
    }

    [Fact]
    public async Task TwentyVersionsLater_TheFirstVersionStillGetsADelta()
    {
        await _client.RegenerateAsync();
        var first = await ETagAsync("/feeds/news.atom");
        for (var i = 1; i <= 21; i++)
        {
            _feeds.WriteArticle("news", "first-post.md", TempFeeds.Article($"First post, edit {i}", "2024-01-02"));
            await _client.RegenerateAsync();
        }

        using var response = await GetAsync("/feeds/news.atom", first);

        Assert.Equal((HttpStatusCode)226, response.StatusCode);
        Assert.Equal(["First post, edit 21"], FeedReader.ReadFromString(await response.Content.ReadAsStringAsync()).Titles());
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _feeds.Dispose();
    }
}
