using System.Net;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>The dashboard's page over HTTP, where a browser is not needed to tell.</summary>
public sealed class DashboardPageTests : IDisposable
{
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();

    [Fact]
    public async Task LookingAtTheSignInForm_IsNoFailedAttempt_WhileWrongTokensStillAre()
    {
        using var factory = new ServiceFactory(_feeds, new Dictionary<string, string?> { ["Syndication:AdminFailuresPerMinute"] = "2" });
        using var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var page = await client.GetAsync("/admin");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("name=\"token\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var request = AdminClient.Request(HttpMethod.Get, "/admin/status", "wrong");
            using var response = await client.SendAsync(request);
            answers.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task ScriptsSigningIn_Get204_BrowsersAreSentToTheDashboard()
    {
        using var factory = new ServiceFactory(_feeds);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var script = await client.SendAsync(SignIn(accept: "application/json"));
        Assert.Equal(HttpStatusCode.NoContent, script.StatusCode);
        using var browser = await client.SendAsync(SignIn(accept: "text/html,application/xhtml+xml,*/*;q=0.8"));
        Assert.Equal(HttpStatusCode.SeeOther, browser.StatusCode);
        Assert.Equal("/admin", browser.Headers.Location?.ToString());
    }

    private static HttpRequestMessage SignIn(string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/session")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = ServiceFactory.AdminToken }),
        };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    public void Dispose() => _feeds.Dispose();
}
