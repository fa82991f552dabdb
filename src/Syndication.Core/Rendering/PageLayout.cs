using System.Buffers;
using System.Text;
using Syndication.Core.Building;
using Syndication.Core.Channels;
using Syndication.Core.Parsing;

namespace Syndication.Core.Rendering;

/// <summary>
/// What every page shares: the document around the content (one inline style sheet, no script), the landmarks a screen
/// reader jumps between (header with the site navigation, main, footer) and the links to a channel in each format.
/// </summary>
internal static class PageLayout
{
    public static byte[] Page(string title, string? language, string head, string navigation, string main, string footer)
    {
        var html = $"""
            <!DOCTYPE html>
            <html lang="{E(language ?? "en")}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <title>{E(title)}</title>
            <style>
            {PageStyle.Css}
            </style>
            {head}</head>
            <body>
            <header>{navigation}</header>
            <main>
            {main}
            </main>
            <footer>
            {footer}
            </footer>
            </body>
            </html>

            """;
        return Encoding.UTF8.GetBytes(XmlChars.Clean(html));
    }

    /// <summary>The site navigation: the index, then each page above this one, as (URL, name).</summary>
    public static string Navigation(PublicUrls urls, params (Uri Href, string Name)[] above) =>
        $"<nav aria-label=\"Site\"><a href=\"{E(urls.Home.AbsoluteUri)}\">All feeds</a>{string.Concat(above.Select(a => $" › <a href=\"{E(a.Href.AbsoluteUri)}\">{E(a.Name)}</a>"))}</nav>";

    /// <summary>The HTML page of a feed, tag or category channel (the combined feed has none: the index is its page).</summary>
    public static Uri PageUrl(PublicUrls urls, Channel channel) => channel.DocumentUrl(urls, HtmlPages.Extension);

    /// <summary>A visible link to the channel's document in each format, each with its media type.</summary>
    public static string Subscribe(PublicUrls urls, Channel channel) =>
        string.Join(" · ", FeedFormat.All.Select(f => $"<a href=\"{E(channel.DocumentUrl(urls, f.Extension).AbsoluteUri)}\" type=\"{f.MediaType}\">{f.Label}</a>"));

    /// <summary>Feed autodiscovery: a &lt;link rel="alternate"&gt; to the channel's document in each format.</summary>
    public static string AutoDiscovery(PublicUrls urls, Channel channel, string title) =>
        string.Concat(FeedFormat.All.Select(f => AutoDiscovery(urls, channel, title, f)));

    public static string AutoDiscovery(PublicUrls urls, Channel channel, string title, FeedFormat format) =>
        $"<link rel=\"alternate\" type=\"{format.MediaType}\" title=\"{E(title)} ({format.Label})\" href=\"{E(channel.DocumentUrl(urls, format.Extension).AbsoluteUri)}\">\n";

    /// <summary>
    /// Text made safe for an element or a double-quoted attribute. Only the characters that could end either are escaped:
    /// WebUtility.HtmlEncode also writes every character from U+00A0 to U+00FF as a numeric reference, tripling "é".
    /// </summary>
    public static string E(string text) =>
        text.AsSpan().IndexOfAny(Escaped) < 0 ? text : text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static readonly SearchValues<char> Escaped = SearchValues.Create("&<>\"");
}
