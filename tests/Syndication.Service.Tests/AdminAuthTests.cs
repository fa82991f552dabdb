using System.Net;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

public sealed class AdminAuthTests(PublishedNewsService service) : IClassFixture<PublishedNewsService>
{
    private readonly HttpClient _client = service.Client;

    [Theory]
    [InlineData("POST", "/admin/regenerate")]
    [InlineData("POST", "/admin/feeds/news/regenerate")]
    [InlineData("GET", "/admin/status")]
    public async Task Admin_WithoutAuthorization_Answers401WithBearerChallenge(string method, string path)
    {
        using var request = AdminClient.Request(new HttpMethod(method), path, token: null);
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Theory]
    [InlineData("POST", "/admin/regenerate")]
    [InlineData("POST", "/admin/feeds/news/regenerate")]
    [InlineData("GET", "/admin/status")]
    public async Task Admin_WithWrongToken_Answers401(string method, string path)
    {
        using var request = AdminClient.Request(new HttpMethod(method), path, ServiceFactory.AdminToken + "x");
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Admin_WithTokenInAnotherScheme_Answers401()
    {
        using var request = AdminClient.Request(HttpMethod.Get, "/admin/status", token: null);
        request.Headers.TryAddWithoutValidation("Authorization", "Basic " + ServiceFactory.AdminToken);
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("POST", "/admin/regenerate")]
    [InlineData("POST", "/admin/feeds/news/regenerate")]
    [InlineData("GET", "/admin/status")]
    public async Task Admin_WithRightToken_Answers200Json(string method, string path)
    {
        using var request = AdminClient.Request(new HttpMethod(method), path);
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(json.RootElement.GetProperty("feeds").EnumerateArray(), f => f.GetProperty("feed").GetString() == "news");
    }
}
