using System.Net.Http.Json;
using System.Text.Json;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

public sealed class JsonFeedHttpTests(PublishedNewsService service) : IClassFixture<PublishedNewsService>
{
    private readonly HttpClient _client = service.Client;

    [Fact]
    public async Task JsonFeed_IsServedWithItsMediaTypeAndTheSameIdsAsAtom()
    {
        using var response = await _client.GetAsync("/feeds/news.json");
        Assert.Equal("application/feed+json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.NotNull(response.Headers.ETag);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://jsonfeed.org/version/1.1", json.GetProperty("version").GetString());
        Assert.Equal("http://feeds.test/feeds/news.json", json.GetProperty("feed_url").GetString());
        var item = Assert.Single(json.GetProperty("items").EnumerateArray());
        var atom = await _client.ReadFeedAsync("/feeds/news.atom");
        Assert.Equal(Assert.Single(atom.Items).Id, item.GetProperty("id").GetString());
        Assert.Equal("First post", item.GetProperty("title").GetString());
        Assert.Equal("2024-01-02T00:00:00+00:00", item.GetProperty("date_published").GetString());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/feeds/news/first-post")]
    public async Task HtmlPages_AnnounceAllThreeFormats(string path)
    {
        var html = await _client.GetStringAsync(path);
        foreach (var type in new[] { "application/atom+xml", "application/rss+xml", "application/feed+json" })
        {
            Assert.Contains($"<link rel=\"alternate\" type=\"{type}\"", html, StringComparison.Ordinal);
        }
    }
}
