using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Syndication.Core.Building;
using Syndication.Core.Channels;
using Syndication.Core.Rendering;
using static Syndication.Core.Tests.Rendering.GeneratedFeed;

namespace Syndication.Core.Tests.Rendering;

/// <summary>
/// What every page is made of, on the generated site and the real seed feed: no script, nothing fetched from elsewhere
/// (the Content-Security-Policy would block it anyway), the landmarks and headings assistive technology needs, and
/// colours a reader can tell apart in the light and the dark scheme.
/// </summary>
public sealed partial class PageHygieneTests
{
    private static readonly string[] HeadElements = ["meta", "title", "style", "link"];

    public static TheoryData<string> Kinds() => [.. GeneratedSite.Pages().Select(p => p.Kind), "seed article", "seed feed", "seed tag"];

    private static IHtmlDocument PageOf(string kind)
    {
        if (!kind.StartsWith("seed ", StringComparison.Ordinal))
        {
            return Parse(GeneratedSite.Pages().Single(p => p.Kind == kind).Page);
        }

        var seed = FeedFolder.Build(FeedFolder.InOutput("feeds", "politics-social-media"));
        var feed = new ChannelEntries(seed.Channel, seed.Entries);
        return Parse(kind switch
        {
            "seed article" => HtmlPages.Article(seed, 0),
            "seed feed" => HtmlPages.Listing(seed),
            _ => HtmlPages.Listing(Builder.Build(TagChannel.Derive([feed], []).First().Channel, seed.Entries)),
        });
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Page_HasNoScript_AndFetchesNothingButItsOwnContent(string kind)
    {
        var page = PageOf(kind);

        Assert.Empty(page.QuerySelectorAll("script, noscript, iframe, object, embed, [src], link:not([rel=alternate])"));
        Assert.All(page.Head!.Children, e => Assert.Contains(e.LocalName, HeadElements));
        var styles = page.QuerySelectorAll("style").Select(s => s.TextContent).Concat(page.QuerySelectorAll("[style]").Select(e => e.GetAttribute("style")!)).ToList();
        Assert.Single(page.QuerySelectorAll("style"));
        Assert.All(styles, s => Assert.DoesNotMatch("(?i)url\\(|@import|@font-face", s));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Page_HasLanguage_Landmarks_AndOneTopHeading(string kind)
    {
        var page = PageOf(kind);

        Assert.False(string.IsNullOrWhiteSpace(page.DocumentElement.GetAttribute("lang")));
        Assert.Single(page.QuerySelectorAll("body > header"));
        Assert.Single(page.QuerySelectorAll("body > main"));
        Assert.Single(page.QuerySelectorAll("body > footer"));
        Assert.NotEmpty(page.QuerySelectorAll("nav[aria-label]"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.All(page.QuerySelectorAll("a"), a => Assert.False(string.IsNullOrWhiteSpace(a.TextContent), $"a link without a name: {a.OuterHtml}"));
        Assert.All(page.QuerySelectorAll("ul, ol"), l => Assert.All(l.Children, c => Assert.Equal("li", c.LocalName)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Page_OffersALightAndADarkScheme_EachReadableAtWcagAA(string kind)
    {
        var page = PageOf(kind);
        Assert.Equal("light dark", page.QuerySelector("meta[name=color-scheme]")!.GetAttribute("content"));
        var css = page.QuerySelector("style")!.TextContent;
        var dark = DarkScheme().Match(css);
        Assert.True(dark.Success, "no prefers-color-scheme: dark rule");

        foreach (var scheme in new[] { Colours(css[..dark.Index]), Colours(dark.Value) })
        {
            foreach (var background in new[] { "bg", "code" })
            {
                foreach (var text in new[] { "fg", "muted", "link", "seen" })
                {
                    var ratio = Contrast(scheme[text], scheme[background]);
                    Assert.True(ratio >= 4.5, $"{text} {scheme[text]} on {background} {scheme[background]}: {ratio:0.00}:1, WCAG AA asks 4.5:1");
                }
            }
        }

        Assert.NotEqual(Colours(css[..dark.Index])["bg"], Colours(dark.Value)["bg"]);
    }

    [GeneratedRegex(@"@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)\s*\{.*?\}\s*\}", RegexOptions.Singleline)]
    private static partial Regex DarkScheme();

    [GeneratedRegex("--([a-z]+):(#[0-9a-fA-F]{3,6})")]
    private static partial Regex Colour();

    private static Dictionary<string, string> Colours(string css) =>
        Colour().Matches(css).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    /// <summary>WCAG 2's contrast ratio of two sRGB colours written #rgb or #rrggbb.</summary>
    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        var digits = hex[1..];
        if (digits.Length == 3)
        {
            digits = string.Concat(digits.Select(d => $"{d}{d}"));
        }

        var channels = Enumerable.Range(0, 3).Select(i => int.Parse(digits.AsSpan(i * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0)
            .Select(c => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4)).ToArray();
        return (0.2126 * channels[0]) + (0.7152 * channels[1]) + (0.0722 * channels[2]);
    }
}
