using Microsoft.Playwright;

namespace Syndication.Service.Tests.Support;

/// <summary>The public page kinds the browser tests open, and the views each is seen in. Adding a kind is one line.</summary>
public static class PublicPages
{
    public static readonly IReadOnlyList<(string Kind, string Path)> Kinds =
    [
        ("index", "/"),
        ("article", PublicSite.SeedArticle),
        ("article-elements", PublicSite.ElementsArticle),
        ("feed", "/feeds/politics-social-media.html"),
        ("tag", "/feeds/notes/tags/typography.html"),
    ];

    public const int PhoneWidth = 390;

    public const int DesktopWidth = 1280;

    public static readonly IReadOnlyList<int> Widths = [PhoneWidth, DesktopWidth];

    public static readonly IReadOnlyList<ColorScheme> Schemes = [ColorScheme.Light, ColorScheme.Dark];

    public static string PathOf(string kind) => Kinds.Single(k => k.Kind == kind).Path;

    /// <summary>Every kind, at every width, in every scheme.</summary>
    public static TheoryData<string, int, ColorScheme> EveryView()
    {
        var views = new TheoryData<string, int, ColorScheme>();
        foreach (var (kind, _) in Kinds)
        {
            foreach (var width in Widths)
            {
                foreach (var scheme in Schemes)
                {
                    views.Add(kind, width, scheme);
                }
            }
        }

        return views;
    }

    public static TheoryData<string, ColorScheme> EveryKindInEveryScheme()
    {
        var views = new TheoryData<string, ColorScheme>();
        foreach (var (kind, _) in Kinds)
        {
            foreach (var scheme in Schemes)
            {
                views.Add(kind, scheme);
            }
        }

        return views;
    }

    public static TheoryData<string> EveryKind() => [.. Kinds.Select(k => k.Kind)];
}
