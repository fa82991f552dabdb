using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>The operator's dashboard at /admin, used as an operator would: in headless Chromium, against the real service.</summary>
public sealed class DashboardBrowserTests(DashboardService service) : IClassFixture<DashboardService>
{
    [Fact]
    public async Task SignInThroughTheForm_ShowsEveryFeedWithItsStateProblemsAndNextRun()
    {
        var context = await service.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Add(message.Text);
            }
        };
        await page.GotoAsync(service.Url("/admin"));
        Assert.Equal(1, await page.Locator("input[type=password][name=token]").CountAsync());
        Assert.DoesNotContain(ServiceCommand.AdminToken, await page.ContentAsync(), StringComparison.Ordinal);

        await page.GetByLabel("Admin token").FillAsync(ServiceCommand.AdminToken + "x");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        Assert.Equal("That is not the admin token.", await page.GetByRole(AriaRole.Alert).InnerTextAsync());
        Assert.Empty(await context.CookiesAsync());

        await page.GetByLabel("Admin token").FillAsync(ServiceCommand.AdminToken);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Feeds" }).WaitForAsync();
        Assert.Equal(service.Url("/admin"), page.Url);
        // The inline stylesheet applies (its hash is in the page's CSP), and the browser refused nothing.
        Assert.Equal("rgb(29, 35, 48)", await page.Locator("header").EvaluateAsync<string>("header => getComputedStyle(header).backgroundColor"));
        Assert.Empty(refused);
        var status = await service.StatusAsync();
        var feeds = status.GetProperty("feeds").EnumerateArray().ToList();
        Assert.Equal(["news", "notes"], feeds.Select(f => f.GetProperty("feed").GetString()));
        Assert.Equal("ok", await State(page, "news"));
        Assert.Equal("errors", await State(page, "notes"));

        var error = status.Feed("notes").Errors().About(DashboardService.BrokenArticle);
        var problems = await page.Locator("tr.problems ul.errors li").AllInnerTextsAsync();
        Assert.Contains(problems, p => p.StartsWith($"{DashboardService.BrokenArticle}:{error.Line()} ", StringComparison.Ordinal) && p.Contains(error.Message(), StringComparison.Ordinal));
        foreach (var feed in feeds)
        {
            var nextRun = feed.GetProperty("nextRun").GetDateTimeOffset();
            var shown = await Row(page, feed.GetProperty("feed").GetString()!).Locator("td").Nth(6).Locator("time").GetAttributeAsync("datetime");
            Assert.Equal(nextRun, DateTimeOffset.Parse(shown!, CultureInfo.InvariantCulture));
        }

        await context.CloseAsync();
    }

    [Fact]
    public async Task RegenerateButtons_RunTheFeedOrAll_AndTheRunsAppear()
    {
        var (context, page) = await service.SignInAsync();
        var runs = page.Locator("table.runs tbody tr");
        var before = await runs.CountAsync();
        var lastRun = await LastRunAsync(page, "news");

        // The page is at /admin before the post and after its redirect: wait for what the new page shows, not for the URL.
        var settled = new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 };
        await page.GetByRole(AriaRole.Button, new() { Name = "Regenerate news" }).ClickAsync();
        await Assertions.Expect(runs).ToHaveCountAsync(before + 1, settled);
        Assert.Equal("1", await runs.First.Locator("td").Nth(2).InnerTextAsync());
        Assert.True(await LastRunAsync(page, "news") > lastRun);

        await page.GetByRole(AriaRole.Button, new() { Name = "Regenerate all" }).ClickAsync();
        await Assertions.Expect(runs).ToHaveCountAsync(before + 2, settled);
        Assert.Equal("2", await runs.First.Locator("td").Nth(2).InnerTextAsync());
        Assert.Equal(before + 2, (await service.StatusAsync()).GetProperty("recentRuns").GetArrayLength());
        await context.CloseAsync();
    }

    [Fact]
    public async Task FormPostedFromAnotherOrigin_IsRefused_AndRunsNothing()
    {
        var (context, page) = await service.SignInAsync();
        var runsBefore = (await service.StatusAsync()).GetProperty("recentRuns").GetArrayLength();
        using var other = new OtherOriginPage(service.Url("/admin"));
        await page.GotoAsync(other.Url);
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Claim" }).ClickAsync(), r => r.Url == service.Url("/admin") && r.Request.Method == "POST");

        Assert.Equal((int)HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(runsBefore, (await service.StatusAsync()).GetProperty("recentRuns").GetArrayLength());
        await page.GotoAsync(service.Url("/admin"));
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Regenerate all" }).CountAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task SessionCookie_IsHttpOnlyAndStrict_AndSigningOutEndsTheSession()
    {
        var (context, page) = await service.SignInAsync();
        var cookie = Assert.Single(await context.CookiesAsync());
        Assert.Equal("syndication-admin", cookie.Name);
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.Equal("/admin", cookie.Path);
        Assert.Equal("", await page.EvaluateAsync<string>("document.cookie"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GetByLabel("Admin token").WaitForAsync();
        Assert.Empty(await context.CookiesAsync());

        // A copy of the cookie kept from before no longer opens the dashboard.
        await context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = cookie.Name, Value = cookie.Value, Domain = cookie.Domain, Path = cookie.Path }]);
        await page.GotoAsync(service.Url("/admin"));
        Assert.Equal(1, await page.GetByLabel("Admin token").CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Regenerate all" }).CountAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task Charts_DrawRunDurationsPollsPerAggregatorAndThe304Share()
    {
        const string Feedly = "Feedly/1.0 (+http://www.feedly.com/fetcher.html; 462 subscribers; )";
        using (var client = service.Process.CreateClient())
        {
            var etag = await PollAsync(client, Feedly, null);
            await PollAsync(client, Feedly, etag);
            await PollAsync(client, Feedly, etag);
            await PollAsync(client, "NetNewsWire (RSS Reader; https://netnewswire.com/)", null);
            for (var i = 0; i < 3; i++)
            {
                using var request = AdminClient.Request(HttpMethod.Post, "/admin/regenerate", ServiceCommand.AdminToken);
                using var regenerate = await client.SendAsync(request);
                Assert.Equal(HttpStatusCode.OK, regenerate.StatusCode);
            }
        }

        var (context, page) = await service.SignInAsync();
        var runs = (await service.StatusAsync()).GetProperty("recentRuns").GetArrayLength();
        Assert.True(runs >= 4, $"{runs} runs");
        Assert.Equal(runs, await page.Locator("svg.run-durations rect").CountAsync());
        var bars = await page.Locator("svg.polls-per-aggregator rect title").AllTextContentsAsync();
        Assert.Contains("Feedly: 3 polls", bars);
        Assert.Contains("Feedly: 2 answered 304", bars);
        Assert.Contains("NetNewsWire: 1 polls", bars);
        Assert.Equal("50% of polls answered 304", await page.Locator("svg.not-modified-share").GetAttributeAsync("aria-label"));
        Assert.Contains("463", await page.Locator("section:has(h2#audience) .totals").InnerTextAsync(), StringComparison.Ordinal);

        var screenshots = Path.Combine(AppContext.BaseDirectory, "Screenshots");
        Directory.CreateDirectory(screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "dashboard.png"), FullPage = true });
        await context.CloseAsync();
    }

    private static ILocator Row(IPage page, string feed) => page.Locator($"table.feeds tr[data-feed=\"{feed}\"]");

    private static Task<string> State(IPage page, string feed) => Row(page, feed).Locator("td.state").InnerTextAsync();

    private static async Task<DateTimeOffset> LastRunAsync(IPage page, string feed) =>
        DateTimeOffset.Parse((await Row(page, feed).Locator("td").Nth(2).Locator("time").GetAttributeAsync("datetime"))!, CultureInfo.InvariantCulture);

    /// <summary>One poll of the news feed's Atom document as <paramref name="userAgent"/>; the ETag it answered with.</summary>
    private static async Task<string?> PollAsync(HttpClient client, string userAgent, string? etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/news.atom");
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        using var response = await client.SendAsync(request);
        Assert.Equal(etag is null ? HttpStatusCode.OK : HttpStatusCode.NotModified, response.StatusCode);
        return response.Headers.ETag?.ToString();
    }
}
