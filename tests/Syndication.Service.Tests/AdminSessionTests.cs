using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Net.Http.Headers;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>The dashboard's session: signing in by posting the token sets a guarded cookie, which opens the admin API to same-origin requests only.</summary>
public sealed class AdminSessionTests : IDisposable
{
    private const string CookieName = "syndication-admin";
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();
    private readonly ServiceFactory _factory;

    public AdminSessionTests() => _factory = new ServiceFactory(_feeds);

    [Fact]
    public async Task SignIn_WithTheToken_SetsAnHttpOnlyStrictCookieThatOpensTheApi()
    {
        using var client = Client("http://localhost");
        using var signIn = await client.SendAsync(SignIn(ServiceFactory.AdminToken));
        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        var cookie = SessionCookie(signIn);
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteMode.Strict, cookie.SameSite);
        Assert.False(cookie.Secure);
        Assert.Equal("/admin", cookie.Path.ToString());

        using var status = await client.SendAsync(WithCookie(HttpMethod.Get, "/admin/status", cookie, fetchSite: null));
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Contains("\"feed\":\"news\"", await status.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var regenerate = await client.SendAsync(WithCookie(HttpMethod.Post, "/admin/regenerate", cookie, fetchSite: "same-origin"));
        Assert.Equal(HttpStatusCode.OK, regenerate.StatusCode);
    }

    [Fact]
    public async Task SignIn_UnderTls_MarksTheCookieSecure()
    {
        using var client = Client("https://localhost");
        using var signIn = await client.SendAsync(SignIn(ServiceFactory.AdminToken));
        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        Assert.True(SessionCookie(signIn).Secure);
    }

    [Theory]
    [InlineData(ServiceFactory.AdminToken + "x")]
    [InlineData("")]
    [InlineData(null)]
    public async Task SignIn_WithoutTheToken_Answers401AndSetsNoCookie(string? token)
    {
        using var client = Client("http://localhost");
        using var response = await client.SendAsync(SignIn(token));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.False(response.Headers.Contains(HeaderNames.SetCookie));
    }

    [Theory]
    [InlineData("cross-site", null)]
    [InlineData("same-site", null)]
    [InlineData("none", null)]
    [InlineData(null, "http://evil.example")]
    [InlineData(null, "https://localhost")]
    [InlineData(null, null)]
    public async Task ChangesMadeWithTheCookieFromAnotherOrigin_Answer403(string? fetchSite, string? origin)
    {
        using var client = Client("http://localhost");
        var cookie = await SignInAsync(client);
        foreach (var (method, path) in new[] { (HttpMethod.Post, "/admin/regenerate"), (HttpMethod.Post, "/admin/feeds/news/regenerate"), (HttpMethod.Delete, "/admin/session") })
        {
            using var response = await client.SendAsync(WithCookie(method, path, cookie, fetchSite, origin));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        // The session still works from its own origin, told by Origin alone too (browsers without Sec-Fetch-Site).
        using var own = await client.SendAsync(WithCookie(HttpMethod.Post, "/admin/feeds/news/regenerate", cookie, fetchSite: null, origin: "http://localhost"));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task SignInFromAnotherSite_Answers403AndSetsNoCookie()
    {
        using var client = Client("http://localhost");
        using var response = await client.SendAsync(SignIn(ServiceFactory.AdminToken, fetchSite: "cross-site"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains(HeaderNames.SetCookie));
    }

    [Fact]
    public async Task SignOut_EndsTheSession_EvenForAKeptCopyOfTheCookie()
    {
        using var client = Client("http://localhost");
        var cookie = await SignInAsync(client);
        using var signOut = await client.SendAsync(WithCookie(HttpMethod.Delete, "/admin/session", cookie, fetchSite: "same-origin"));
        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.True(SessionCookie(signOut).Expires < DateTimeOffset.UtcNow);

        using var status = await client.SendAsync(WithCookie(HttpMethod.Get, "/admin/status", cookie, fetchSite: "same-origin"));
        Assert.Equal(HttpStatusCode.Unauthorized, status.StatusCode);
    }

    [Fact]
    public async Task WrongTokensPostedToSignIn_CountTowardsTheFailureLimit_WhileTheSessionIsNeverLimited()
    {
        using var factory = new ServiceFactory(_feeds, new Dictionary<string, string?> { ["Syndication:AdminFailuresPerMinute"] = "3" });
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var cookie = await SignInAsync(client);
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await client.SendAsync(SignIn($"guess-{i}"));
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var blocked = await client.SendAsync(SignIn("guess-3"));
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.NotNull(blocked.Headers.RetryAfter?.Delta);
        for (var i = 0; i < 10; i++)
        {
            using var status = await client.SendAsync(WithCookie(HttpMethod.Get, "/admin/status", cookie, fetchSite: "same-origin"));
            Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        }

        using var again = await client.SendAsync(SignIn(ServiceFactory.AdminToken));
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
    }

    private HttpClient Client(string baseAddress) =>
        _factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, BaseAddress = new Uri(baseAddress) });

    private static async Task<SetCookieHeaderValue> SignInAsync(HttpClient client)
    {
        using var response = await client.SendAsync(SignIn(ServiceFactory.AdminToken));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return SessionCookie(response);
    }

    /// <summary>The sign-in form as a page of the same origin posts it; a null token leaves the field out.</summary>
    private static HttpRequestMessage SignIn(string? token, string fetchSite = "same-origin")
    {
        var fields = token is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["token"] = token };
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/session") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Sec-Fetch-Site", fetchSite);
        return request;
    }

    private static HttpRequestMessage WithCookie(HttpMethod method, string path, SetCookieHeaderValue cookie, string? fetchSite, string? origin = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add(HeaderNames.Cookie, $"{cookie.Name}={cookie.Value}");
        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        if (origin is not null)
        {
            request.Headers.Add(HeaderNames.Origin, origin);
        }

        return request;
    }

    private static SetCookieHeaderValue SessionCookie(HttpResponseMessage response) =>
        Assert.Single(SetCookieHeaderValue.ParseList([.. response.Headers.GetValues(HeaderNames.SetCookie)]), c => c.Name == CookieName);

    public void Dispose()
    {
        _factory.Dispose();
        _feeds.Dispose();
    }
}
