using System.Net;
using System.Net.Http.Headers;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>The pages as a reader meets them over HTTP: every link followed, each answering with what it promises.</summary>
public sealed class PageHttpTests(PagesService service) : IClassFixture<PagesService>
{
    private readonly HttpClient _client = service.Client;

    [Fact]
    public async Task ArticlePages_LinkTheOlderAndNewerArticle_AndTheLinksResolve()
    {
        string[] newestFirst = ["Fourth", "Third", "Second", "First"];
        for (var i = 0; i < newestFirst.Length; i++)
        {
            var page = await service.PageAsync($"/feeds/news/{newestFirst[i].ToLowerInvariant()}");
            var newer = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
            var older = page.QuerySelector("a[rel=prev]")?.GetAttribute("href");

            Assert.Equal(i == 0 ? null : newestFirst[i - 1], newer is null ? null : (await service.PageAsync(newer)).QuerySelector("h1")!.TextContent);
            Assert.Equal(i == newestFirst.Length - 1 ? null : newestFirst[i + 1], older is null ? null : (await service.PageAsync(older)).QuerySelector("h1")!.TextContent);
        }
    }

    [Fact]
    public async Task TagAndCategoryLinks_LeadToPagesListingTheArticle_AndToTheirFeeds()
    {
        var article = await service.PageAsync("/feeds/news/second");
        var terms = article.QuerySelectorAll("article footer a").ToList();

        Assert.Equal(["Rust", "feed", "Café", "feed"], terms.Select(a => a.TextContent));
        foreach (var link in terms.Where(a => a.GetAttribute("type") is null))
        {
            var page = await service.PageAsync(link.GetAttribute("href")!);
            Assert.Equal($"News: {link.TextContent}", page.QuerySelector("h1")!.TextContent);
            Assert.Contains("Second", page.QuerySelectorAll("main li a").Select(a => a.TextContent));
        }

        foreach (var link in terms.Where(a => a.GetAttribute("type") is not null))
        {
            await AssertAnswersAsync(link.GetAttribute("href")!, link.GetAttribute("type")!);
        }

        var guides = await service.PageAsync("/feeds/news/categories/guides.html");
        Assert.Equal(["Third", "First"], guides.QuerySelectorAll("main li h2 a").Select(a => a.TextContent));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/feeds/news.html")]
    [InlineData("/feeds/news/tags/rust.html")]
    [InlineData("/feeds/news/categories/guides.html")]
    [InlineData("/feeds/news/second")]
    public async Task SubscribeAndAutodiscoveryLinks_AnswerWithTheirMediaType(string path)
    {
        var page = await service.PageAsync(path);
        var links = page.QuerySelectorAll("a[type], link[rel=alternate]").Select(a => (Href: a.GetAttribute("href")!, Type: a.GetAttribute("type")!)).Distinct().ToList();

        Assert.True(links.Count >= 3, $"{path} offers {links.Count} formats");
        foreach (var (href, type) in links)
        {
            await AssertAnswersAsync(href, type);
        }
    }

    [Fact]
    public async Task FeedPage_ListsTheFeedsEntriesNewestFirst_AndSubscribesInEveryFormat()
    {
        var page = await service.PageAsync("/feeds/news.html");

        Assert.Equal(["Fourth", "Third", "Second", "First"], page.QuerySelectorAll("main li h2 a").Select(a => a.TextContent));
        Assert.Equal(["Atom", "RSS", "JSON Feed"], page.QuerySelectorAll("main a[type]").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Index_ShowsEachFeedWithItsNewestEntries_AfterTheCombinedFeedAndTheOpmlList()
    {
        var index = await service.PageAsync("/");
        var sections = index.QuerySelectorAll("main section").ToList();

        Assert.Contains(sections[0].QuerySelectorAll("a[type]"), a => a.GetAttribute("type") == "text/x-opml");
        var feeds = sections.Skip(1).ToDictionary(s => s.QuerySelector("h2")!.TextContent, s => s.QuerySelectorAll("li a").Select(a => a.TextContent).ToList());
        Assert.Equal(["Fourth", "Third", "Second", "First"], feeds["News"]);
        Assert.Equal(["Printemps", "Hiver"], feeds["Journal"]);
        foreach (var link in sections.SelectMany(s => s.QuerySelectorAll("h2 a, li a")))
        {
            await service.PageAsync(link.GetAttribute("href")!);
        }
    }

    [Fact]
    public async Task FrenchFeed_ShowsItsDatesInFrench()
    {
        var page = await service.PageAsync("/feeds/journal.html");
        var article = await service.PageAsync("/feeds/journal/hiver");

        Assert.Equal(["5 mars 2024", "2 janvier 2024"], page.QuerySelectorAll("main li time").Select(t => t.TextContent));
        Assert.Equal("2 janvier 2024", article.QuerySelector("article time")!.TextContent);
        Assert.Equal("fr", article.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("/feeds/news.html")]
    [InlineData("/feeds/news/tags/caf%C3%A9.html")]
    [InlineData("/")]
    public async Task Pages_AnswerIfNoneMatchWith304_AndAreCompressedWhenAsked(string path)
    {
        using var first = await _client.GetAsync(path);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        using var again = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(etag, again.Headers.ETag);

        // A tag's page, like a tag's feed, is compressed in the background after its first request.
        using var compressed = await Poll.UntilAsync(async () =>
        {
            using var gzip = new HttpRequestMessage(HttpMethod.Get, path);
            gzip.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            var response = await _client.SendAsync(gzip);
            if (response.Content.Headers.ContentEncoding.Contains("gzip"))
            {
                return response;
            }

            response.Dispose();
            return null;
        }, $"{path} in gzip");
        await using var unzip = new System.IO.Compression.GZipStream(await compressed.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        using var body = new MemoryStream();
        await unzip.CopyToAsync(body);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), body.ToArray());
    }

    [Fact]
    public async Task OnlyFeedsTagsAndCategories_HavePages_TheCombinedFeedAndOtherNamesAnswer404()
    {
        await service.PageAsync("/feeds/news.html");
        foreach (var path in new[] { "/feed.html", "/feeds/~site.html", "/feeds/nope.html", "/feeds/news.htm", "/feeds/news/tags/nope.html", "/feeds/news/kinds/rust.html" })
        {
            using var response = await _client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path} answered {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task EveryLinkFromTheIndexOn_Resolves_AndNoPageCarriesAScript()
    {
        var origin = _client.BaseAddress!;
        var seen = new HashSet<string>(StringComparer.Ordinal) { new Uri(origin, "/").AbsoluteUri };
        var pages = new Queue<string>(seen);
        while (pages.TryDequeue(out var url))
        {
            var page = await service.PageAsync(url);
            Assert.Empty(page.QuerySelectorAll("script"));
            foreach (var href in page.QuerySelectorAll("a[href], link[href]").Select(a => new Uri(new Uri(url), a.GetAttribute("href")!)).Where(u => u.Authority == origin.Authority).Select(u => u.AbsoluteUri))
            {
                if (!seen.Add(href))
                {
                    continue;
                }

                using var response = await _client.GetAsync(href);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{href}, linked from {url}, answered {(int)response.StatusCode}");
                if (response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    pages.Enqueue(href);
                }
            }
        }

        // The index, two feed pages, two tag pages, a category page and six article pages.
        Assert.Equal(12, seen.Count(u => !u.EndsWith(".atom", StringComparison.Ordinal) && !u.EndsWith(".rss", StringComparison.Ordinal) && !u.EndsWith(".json", StringComparison.Ordinal) && !u.EndsWith(".opml", StringComparison.Ordinal)));
    }

    private async Task AssertAnswersAsync(string url, string mediaType)
    {
        using var response = await _client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }
}
