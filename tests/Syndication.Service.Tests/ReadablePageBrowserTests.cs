using System.Text.Json;
using Microsoft.Playwright;
using Syndication.Service.Tests.Support;
using Xunit.Abstractions;

namespace Syndication.Service.Tests;

/// <summary>
/// What makes a page pleasant to read rather than merely correct, checked in headless Chromium: a font chosen for it, a
/// measure a reader's eye can follow on a desktop, and a background that follows the reader's light or dark preference.
/// </summary>
[Collection(SharedPublicSite.Name)]
[Trait("Checks", "Readable page")]
public sealed class ReadablePageBrowserTests(PublicSite site, ITestOutputHelper output)
{
    private const string FirstFontFamily = "getComputedStyle(document.body).fontFamily.split(',')[0].trim().replace(/[\"']/g, '')";

    // Each paragraph's, list item's and caption's text length and width in characters of its own font's "0", as CSS's ch unit measures.
    private const string TextBlocks = """
        () => {
            const context = document.createElement('canvas').getContext('2d');
            return JSON.stringify([...document.querySelectorAll('p, li, figcaption')].filter(block => block.getClientRects().length > 0).map(block => {
                const style = getComputedStyle(block);
                context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
                const width = block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                const text = block.textContent.replace(/\s+/g, ' ').trim();
                return { text: text.slice(0, 40), length: text.length, measure: width / context.measureText('0').width };
            }));
        }
        """;

    // The colour behind the text: the body's or the root's, or else the browser's canvas in the page's colour scheme;
    // drawn on a canvas to read it as sRGB whatever syntax the stylesheet used, then WCAG's relative luminance.
    private const string BackgroundLuminance = """
        () => {
            const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
            const rgba = colour => { context.clearRect(0, 0, 1, 1); context.fillStyle = colour; context.fillRect(0, 0, 1, 1); return context.getImageData(0, 0, 1, 1).data; };
            let colour = [document.body, document.documentElement].map(e => rgba(getComputedStyle(e).backgroundColor)).find(c => c[3] > 0);
            if (!colour) {
                const probe = document.createElement('div');
                probe.style.backgroundColor = 'Canvas';
                document.documentElement.append(probe);
                colour = rgba(getComputedStyle(probe).backgroundColor);
                probe.remove();
            }
            const [r, g, b] = [...colour].slice(0, 3).map(v => v / 255).map(v => v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        }
        """;

    private static readonly string[] DefaultSerif = ["Times New Roman", "Times", "serif"];

    [Theory]
    [MemberData(nameof(PublicPages.EveryKind), MemberType = typeof(PublicPages))]
    public async Task Body_IsSetInAChosenFont_NotTheBrowsersDefaultSerif(string kind)
    {
        await using var visit = await site.OpenAsync(PublicPages.PathOf(kind), PublicPages.DesktopWidth, ColorScheme.Light);
        Assert.Equal(200, visit.Status);

        var family = await visit.Page.EvaluateAsync<string>(FirstFontFamily);
        Assert.DoesNotContain(family, DefaultSerif, StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(PublicPages.EveryKind), MemberType = typeof(PublicPages))]
    public async Task RunningText_HasA45To90CharacterMeasure_OnADesktop(string kind)
    {
        await using var visit = await site.OpenAsync(PublicPages.PathOf(kind), PublicPages.DesktopWidth, ColorScheme.Light);
        Assert.Equal(200, visit.Status);

        // Only text long enough to wrap has a measure a reader feels.
        var blocks = JsonSerializer.Deserialize<TextBlock[]>(await visit.Page.EvaluateAsync<string>(TextBlocks), JsonSerializerOptions.Web)!;
        var wrapped = blocks.Where(b => b.Length > b.Measure).ToList();
        output.WriteLine($"{wrapped.Count} blocks of text wrap on {kind} at {PublicPages.DesktopWidth} px");
        var outside = wrapped.Where(b => b.Measure is < 45 or > 90).ToList();
        Assert.True(outside.Count == 0, $"Lines outside 45–90 characters on {kind}:\n{string.Join('\n', outside.Select(b => $"{b.Measure:0} ch: {b.Text}…"))}");
    }

    [Theory]
    [MemberData(nameof(PublicPages.EveryKindInEveryScheme), MemberType = typeof(PublicPages))]
    public async Task Background_FollowsTheReadersColourScheme(string kind, ColorScheme scheme)
    {
        await using var visit = await site.OpenAsync(PublicPages.PathOf(kind), PublicPages.DesktopWidth, scheme);
        Assert.Equal(200, visit.Status);

        var luminance = await visit.Page.EvaluateAsync<double>(BackgroundLuminance);
        output.WriteLine($"Background luminance of {kind} in {scheme}: {luminance:0.000}");
        if (scheme == ColorScheme.Dark)
        {
            Assert.True(luminance < 0.2, $"{kind} in the dark scheme has a background of luminance {luminance:0.000} (dark is under 0.2)");
        }
        else
        {
            Assert.True(luminance > 0.5, $"{kind} in the light scheme has a background of luminance {luminance:0.000} (light is over 0.5)");
        }
    }

    public sealed record TextBlock(string Text, int Length, double Measure);
}
