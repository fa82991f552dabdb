using Syndication.Benchmarks.Corpus;

namespace Syndication.Benchmarks.Compare;

/// <summary>
/// A Hugo site over the same articles, doing what our feeds do: one RSS document of every article with its full
/// content. Only the home page's RSS is rendered (no HTML pages, sections, taxonomies or sitemap), with no item limit.
/// </summary>
internal static class HugoSite
{
    private const string Config = """
        baseURL = "http://localhost:8080/"
        title = "Benchmark corpus"
        languageCode = "en"
        disableKinds = ["taxonomy", "term", "section", "sitemap", "robotsTXT", "404"]

        [outputs]
        home = ["RSS"]
        page = []

        # Unlimited; the template below takes every page anyway. (0.111's rssLimit is deprecated from 0.114 on.)
        [services.rss]
        limit = -1
        """;

    // Hugo's own RSS template, reduced, with .Content (the whole rendered article) where it puts .Summary.
    private const string RssTemplate = """
        {{ printf "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>" | safeHTML }}
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
        <channel>
        <title>{{ .Site.Title }}</title>
        <link>{{ .Permalink }}</link>
        <description>{{ .Site.Title }}</description>
        {{ range .Site.RegularPages }}<item>
        <title>{{ .Title }}</title>
        <link>{{ .Permalink }}</link>
        <pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" | safeHTML }}</pubDate>
        <guid>{{ .Permalink }}</guid>
        <description>{{ .Content | html }}</description>
        </item>
        {{ end }}</channel>
        </rss>
        """;

    /// <summary>Writes the site into <paramref name="site"/>: config, template and a copy of every article under content/posts/&lt;feed&gt;/.</summary>
    public static void Create(string site, IReadOnlyList<WrittenFeed> feeds)
    {
        Directory.CreateDirectory(Path.Combine(site, "layouts"));
        File.WriteAllText(Path.Combine(site, "config.toml"), Config + "\n");
        File.WriteAllText(Path.Combine(site, "layouts", "index.rss.xml"), RssTemplate + "\n");
        foreach (var feed in feeds)
        {
            var posts = Path.Combine(site, "content", "posts", feed.Name);
            Directory.CreateDirectory(posts);
            foreach (var article in feed.Articles)
            {
                File.Copy(article.Path, Path.Combine(posts, Path.GetFileName(article.Path)));
            }
        }
    }

    /// <summary>Hugo from Debian's packages when it is missing (0.111 on Debian 12); false when it cannot be had.</summary>
    public static Task<bool> EnsureInstalledAsync() => DebianPackages.EnsureAsync("hugo", "hugo");

    public static string[] Arguments(string site, string destination) => ["--source", site, "--destination", destination, "--quiet"];

    /// <summary>The number of items in the RSS document Hugo wrote, to check it published what we publish.</summary>
    public static int Items(string destination) =>
        File.ReadLines(Path.Combine(destination, "index.xml")).Count(line => line.StartsWith("<item>", StringComparison.Ordinal));
}
