using Microsoft.Playwright;
using Syndication.Service.Tests.Support;
using Xunit.Abstractions;

namespace Syndication.Service.Tests;

/// <summary>
/// What any decent page gives a reader, checked in headless Chromium against the real service: it loads under its own
/// Content-Security-Policy without an error, fits a phone's width, and axe-core finds nothing serious, in both colour
/// schemes. Screenshots of every view land in the test output's Screenshots/pages.
/// </summary>
[Collection(SharedPublicSite.Name)]
public sealed class PublicPageBrowserTests(PublicSite site, ITestOutputHelper output)
{
    // The elements whose right edge passes the window's: what makes a page scroll sideways.
    private const string TooWide = """
        () => [...document.body.querySelectorAll('*')]
            .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
            .map(e => `${e.tagName.toLowerCase()} (${Math.round(e.getBoundingClientRect().right)} px): ${e.textContent.trim().slice(0, 40)}`)
        """;

    [Theory]
    [MemberData(nameof(PublicPages.EveryView), MemberType = typeof(PublicPages))]
    public async Task Page_LoadsUnderItsCsp_WithNoErrorAndNothingRefused(string kind, int width, ColorScheme scheme)
    {
        await using var visit = await site.OpenAsync(PublicPages.PathOf(kind), width, scheme);
        await visit.ScreenshotAsync($"{kind}-{width}-{scheme.ToString().ToLowerInvariant()}");
        output.WriteLine($"Screenshot: {PublicSite.ScreenshotFolder}/{kind}-{width}-{scheme.ToString().ToLowerInvariant()}.png");

        Assert.Equal(200, visit.Status);
        Assert.Empty(visit.ConsoleErrors);
        Assert.Empty(await visit.RefusedAsync());
    }

    [Theory]
    [MemberData(nameof(PublicPages.EveryKind), MemberType = typeof(PublicPages))]
    public async Task Page_FitsAPhoneScreen_WithoutScrollingSideways(string kind)
    {
        await using var visit = await site.OpenAsync(PublicPages.PathOf(kind), PublicPages.PhoneWidth, ColorScheme.Light);
        Assert.Equal(200, visit.Status);

        var pageWidth = await visit.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var windowWidth = await visit.Page.EvaluateAsync<int>("window.innerWidth");
        Assert.True(pageWidth <= windowWidth,
            $"{kind} is {pageWidth} px wide in a {windowWidth} px window; too wide:\n{string.Join('\n', await visit.Page.EvaluateAsync<string[]>(TooWide))}");
    }

    [Theory]
    [MemberData(nameof(PublicPages.EveryView), MemberType = typeof(PublicPages))]
    public async Task Axe_FindsNothingSeriousOrCritical(string kind, int width, ColorScheme scheme)
    {
        await using var visit = await site.OpenAsync(PublicPages.PathOf(kind), width, scheme, bypassCsp: true);
        Assert.Equal(200, visit.Status);

        var violations = await Axe.ViolationsAsync(visit.Page);
        foreach (var lesser in violations.Where(v => !v.IsSeriousOrCritical))
        {
            output.WriteLine(lesser.ToString());
        }

        var serious = violations.Where(v => v.IsSeriousOrCritical).ToList();
        Assert.True(serious.Count == 0, $"axe-core on {kind} at {width} px, {scheme}:\n{string.Join('\n', serious)}");
    }
}
