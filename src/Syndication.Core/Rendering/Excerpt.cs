using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Syndication.Core.Rendering;

/// <summary>A short plain-text preview of article HTML, for RSS readers that show the description before the content.</summary>
internal static partial class Excerpt
{
    public const int MaxLength = 280;

    public static string Of(string html)
    {
        var text = Whitespace().Replace(new HtmlParser().ParseDocument(html).Body?.TextContent ?? "", " ").Trim();
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxLength - 1);
        return text[..(cut > MaxLength / 2 ? cut : MaxLength - 1)].TrimEnd() + "…";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
