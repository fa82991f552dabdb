namespace Syndication.Benchmarks.Serve;

/// <summary>
/// Every URL the service answers with a stored document, from its output folder: each file outside <c>_state</c> (and
/// not a write in progress) at the public path FeedEndpoints routes to it. The index, the OPML and the combined feed
/// live under "~site" (SiteChannel), article pages are "feed/slug.html" at "/feeds/feed/slug", everything else (each
/// feed's, tag's and category's documents and archive pages) is at "/feeds/" + its path. Segments are percent-encoded.
/// </summary>
internal static class ServedUrls
{
    public static List<string> In(string output) =>
        [.. Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(output, file).Replace('\\', '/'))
            .Where(key => !key.StartsWith("_state/", StringComparison.Ordinal) && !key.EndsWith(".tmp", StringComparison.Ordinal))
            .Select(Url)
            .Order(StringComparer.Ordinal)];

    public static bool IsArchivePage(string url) => url.Contains("/archive/", StringComparison.Ordinal);

    public static bool IsArticlePage(string url) => url.StartsWith("/feeds/", StringComparison.Ordinal) && !Path.HasExtension(url);

    private static string Url(string key) => key switch
    {
        "index.html" => "/",
        "~site/feeds.opml" => "/feeds.opml",
        _ when key.StartsWith("~site/archive/", StringComparison.Ordinal) => Encoded("/feed/" + key["~site/".Length..]),
        _ when key.StartsWith("~site/", StringComparison.Ordinal) => Encoded("/" + key["~site/".Length..]),
        _ when key.EndsWith(".html", StringComparison.Ordinal) => Encoded("/feeds/" + key[..^".html".Length]),
        _ => Encoded("/feeds/" + key),
    };

    private static string Encoded(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
