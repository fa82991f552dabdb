using System.Net;
using System.Text.Json;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

public sealed class NotFoundTests(PublishedNewsService service) : IClassFixture<PublishedNewsService>
{
    private readonly HttpClient _client = service.Client;

    [Theory]
    [InlineData("/feeds/nope.atom")]
    [InlineData("/feeds/nope.rss")]
    [InlineData("/feeds/news.xml")]
    [InlineData("/feeds/NEWS.atom")]
    [InlineData("/feeds/news/no-such-article")]
    [InlineData("/feeds/nope/first-post")]
    [InlineData("/feeds/news/..%2F..%2Fnews.atom")]
    [InlineData("/feeds/..%2Foutput%2Fnews.atom")]
    // The combined feed's channel name: published, but no feed's slug.
    [InlineData("/feeds/~site.atom")]
    [InlineData("/feeds/%7Esite.json")]
    [InlineData("/feeds/~site/tags/x.atom")]
    public async Task UnknownFeedOrArticle_Answers404ProblemWithoutStackTrace(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Head_UnknownFeed_Answers404()
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/feeds/nope.atom"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AdminRegenerate_UnknownFeed_Answers404Problem()
    {
        using var request = AdminClient.Request(HttpMethod.Post, "/admin/feeds/nope/regenerate");
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("nope", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
