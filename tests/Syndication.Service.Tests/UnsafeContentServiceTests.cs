using System.Net;
using AngleSharp.Html.Parser;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>
/// Unsafe addresses and markup in content, served over HTTP: each is reported with file and line, the feed and the
/// article still publish, and no served document or page carries a script URL or active markup.
/// </summary>
public sealed class UnsafeContentServiceTests : IDisposable
{
    private static readonly string[] ActiveSigns = ["javascript:", "vbscript:", "data:", "<script", "onerror=", "onload="];

    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();

    [Fact]
    public async Task UnsafeUrlsAndMarkup_AreReportedAndNeverServed()
    {
        _feeds.WriteFeedYaml("news", "title: News <script>alert(1)</script>\ndescription: All the news\nlink: \"JaVaScRiPt:alert(document.domain)\"\n"
            + "icon: \"data:image/svg+xml,<svg onload=alert(1)>\"\nlogo: \" javascript:alert(1)\"\n");
        _feeds.WriteArticle("news", "risky.md", "---\ntitle: \"Why <template> matters <img src=x onerror=alert(1)>\"\ndate: 2024-02-01\n"
            + "image: \"http://exa mple.com/x\"\nsource:\n  name: Paper\n  url: \"vbscript:msgbox(1)\"\n"
            + "author:\n  name: Ann\n  uri: \"//evil.example/\"\n  email: \"javascript:alert(1)//@x.org\"\n---\nBody\n");
        using var factory = new ServiceFactory(_feeds);
        using var client = factory.CreateClient();

        var news = (await client.RegenerateAsync()).Feed("news");

        Assert.Empty(news.Errors());
        var warnings = news.Warnings();
        Assert.Equal([1, 3, 4, 5], Lines(warnings, "news/feed.yaml"));
        Assert.Equal([2, 4, 7, 10, 11], Lines(warnings, "news/risky.md"));
        Assert.All(warnings, w => Assert.False(string.IsNullOrEmpty(w.Hint())));
        Assert.Equal(["First post", "Why <template> matters <img src=\"x\">"], (await client.ReadFeedAsync("/feeds/news.rss")).Titles());
        foreach (var path in new[] { "/feeds/news.atom", "/feeds/news.rss", "/feeds/news.json", "/feeds/news/risky", "/feeds/news/first-post", "/" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.All(ActiveSigns, sign => Assert.DoesNotContain(sign, body, StringComparison.OrdinalIgnoreCase));
        }

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/feeds/news/risky"));
        Assert.Equal("Why <template> matters <img src=\"x\">", page.QuerySelector("h1")!.TextContent);
        Assert.All(page.QuerySelectorAll("[href], [src]"), e => Assert.StartsWith("http", e.GetAttribute("href") ?? e.GetAttribute("src"), StringComparison.Ordinal));
    }

    private static int[] Lines(IReadOnlyList<System.Text.Json.JsonElement> problems, string file) =>
        [.. problems.Where(p => p.GetProperty("file").GetString() == file).Select(p => p.Line()).Distinct().Order()];

    public void Dispose() => _feeds.Dispose();
}
