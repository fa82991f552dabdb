using System.Net;
using System.Net.Http.Headers;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

public sealed class ConditionalGetTests(PublishedNewsService service) : IClassFixture<PublishedNewsService>
{
    private const string Atom = "/feeds/news.atom";
    private readonly HttpClient _client = service.Client;

    [Theory]
    [InlineData("/feeds/news.atom")]
    [InlineData("/feeds/news.rss")]
    [InlineData("/feeds/news/first-post")]
    public async Task Documents_HaveStrongQuotedETag(string path)
    {
        using var response = await _client.GetAsync(path);
        var etag = response.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Matches("^\"[A-Za-z0-9_-]+\"$", etag.Tag);
    }

    [Fact]
    public async Task IfNoneMatch_SameETag_Answers304WithoutBody()
    {
        var etag = await ETagAsync();
        using var response = await GetAsync("If-None-Match", etag);
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, response.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task IfNoneMatch_ListContainingETag_Answers304()
    {
        using var response = await GetAsync("If-None-Match", $"\"x\", {await ETagAsync()}");
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task IfNoneMatch_WeakFormOfETag_Answers304()
    {
        using var response = await GetAsync("If-None-Match", "W/" + await ETagAsync());
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task IfNoneMatch_Star_Answers304()
    {
        using var response = await GetAsync("If-None-Match", "*");
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task IfNoneMatch_OtherETag_Answers200WithDocument()
    {
        using var response = await GetAsync("If-None-Match", "\"some-older-version\"");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("First post", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IfModifiedSince_EqualToLastModified_Answers304()
    {
        using var first = await _client.GetAsync(Atom);
        var lastModified = first.Content.Headers.LastModified;
        Assert.NotNull(lastModified);
        using var response = await GetAsync("If-Modified-Since", lastModified.Value.ToString("R"));
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task IfModifiedSince_BeforeLastModified_Answers200WithDocument()
    {
        using var first = await _client.GetAsync(Atom);
        var older = first.Content.Headers.LastModified!.Value.AddHours(-1);
        using var response = await GetAsync("If-Modified-Since", older.ToString("R"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Documents_SayPublicCacheControlWithConfiguredMaxAge()
    {
        using var response = await _client.GetAsync(Atom);
        Assert.Equal($"public, max-age={ServiceFactory.CacheSeconds}", response.Headers.GetValues("Cache-Control").Single());
    }

    [Theory]
    [InlineData("/feeds/news.atom", "application/atom+xml; charset=utf-8")]
    [InlineData("/feeds/news.rss", "application/rss+xml; charset=utf-8")]
    [InlineData("/feeds/news/first-post", "text/html; charset=utf-8")]
    public async Task Documents_HaveTheirMediaTypeWithUtf8Charset(string path, string contentType)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
    }

    [Theory]
    [InlineData("/feeds/news.atom")]
    [InlineData("/feeds/news.rss")]
    public async Task Head_AnswersTheGetHeadersWithoutBody(string path)
    {
        using var get = await _client.GetAsync(path);
        var length = (await get.Content.ReadAsByteArrayAsync()).Length;
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(length, head.Content.Headers.ContentLength);
        Assert.Equal(get.Content.Headers.LastModified, head.Content.Headers.LastModified);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    private async Task<string> ETagAsync()
    {
        using var response = await _client.GetAsync(Atom);
        return response.Headers.ETag!.ToString();
    }

    private async Task<HttpResponseMessage> GetAsync(string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Atom);
        Assert.True(request.Headers.TryAddWithoutValidation(header, value));
        return await _client.SendAsync(request);
    }
}
