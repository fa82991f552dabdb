using System.Net;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

public sealed class AdminWithoutTokenTests : IDisposable
{
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();
    private readonly ServiceFactory _factory;

    public AdminWithoutTokenTests() =>
        _factory = new ServiceFactory(_feeds, new Dictionary<string, string?> { ["Syndication:AdminToken"] = "" });

    [Fact]
    public async Task NoConfiguredToken_ServiceStartsAndPublishes()
    {
        using var client = _factory.CreateClient();
        (await client.WaitForAsync("/feeds/news.atom")).Dispose();
        var feed = await client.ReadFeedAsync("/feeds/news.atom");
        Assert.Equal(["First post"], feed.Titles());
    }

    [Theory]
    [InlineData("Bearer ")]
    [InlineData("Bearer")]
    [InlineData("Bearer \"\"")]
    [InlineData("Bearer admin")]
    [InlineData("Bearer null")]
    [InlineData("Bearer " + ServiceFactory.AdminToken)]
    public async Task NoConfiguredToken_AdminRejectsEmptyAndGuessedTokens(string authorization)
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/regenerate");
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _feeds.Dispose();
    }
}
