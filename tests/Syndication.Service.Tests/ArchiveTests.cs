using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>RFC 5005 archives over HTTP: a reader walking prev-archive links sees every entry once; pages never change.</summary>
public sealed class ArchiveTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace History = "http://purl.org/syndication/history/1.0";
    private readonly TempFeeds _feeds = new();
    private readonly ServiceFactory _factory;
    private readonly HttpClient _client;

    public ArchiveTests()
    {
        _feeds.WriteFeedYaml("news", "title: News\ndescription: Archived news\nlimit: 3\n");
        _factory = new ServiceFactory(_feeds);
        _client = _factory.CreateClient();
    }

    private void AddArticles(int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            _feeds.WriteArticle("news", $"post-{i:00}.md", TempFeeds.Article($"Post {i}", $"2024-01-{i:00}"));
        }
    }

    private async Task<XDocument> XmlAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static string? Link(XDocument document, string rel) =>
        document.Descendants(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") == rel)?.Attribute("href")?.Value;

    /// <summary>Walks from the subscription document through prev-archive links, as RFC 5005 readers do, collecting entry ids.</summary>
    private async Task<List<string>> WalkAsync(string extension, Func<XDocument, IEnumerable<string>> ids)
    {
        var seen = new List<string>();
        string? url = $"/feeds/news.{extension}";
        for (var pages = 0; url is not null && pages < 50; pages++)
        {
            var document = await XmlAsync(url);
            seen.AddRange(ids(document));
            url = Link(document, "prev-archive");
        }

        return seen;
    }

    [Fact]
    public async Task FollowingPrevArchive_CollectsEveryEntryExactlyOnceInAtomRssAndJson()
    {
        AddArticles(1, 4);
        await _client.RegenerateAsync();
        AddArticles(5, 11);
        await _client.RegenerateAsync();
        AddArticles(12, 13);
        await _client.RegenerateAsync();

        var atomIds = await WalkAsync("atom", d => d.Descendants(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value));
        var rssIds = await WalkAsync("rss", d => d.Descendants("item").Select(i => i.Element("guid")!.Value));
        var jsonIds = new List<string>();
        for (string? url = "/feeds/news.json"; url is not null;)
        {
            using var json = JsonDocument.Parse(await _client.GetStringAsync(url));
            jsonIds.AddRange(json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            url = json.RootElement.TryGetProperty("next_url", out var next) ? next.GetString() : null;
        }

        Assert.Equal(13, atomIds.Count);
        Assert.Equal(13, atomIds.Distinct().Count());
        Assert.Equal(atomIds.Order(), rssIds.Order());
        Assert.Equal(atomIds.Order(), jsonIds.Order());
    }

    [Fact]
    public async Task ArchivePages_CarryHistoryLinksAndAreCachedForever()
    {
        AddArticles(1, 10);
        await _client.RegenerateAsync();
        var subscription = await XmlAsync("/feeds/news.atom");
        Assert.Null(subscription.Root!.Element(History + "complete"));
        var newest = Link(subscription, "prev-archive")!;
        Assert.Equal("http://feeds.test/feeds/news/archive/2.atom", newest);

        using var response = await _client.GetAsync(newest);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        var page = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.Root!.Element(History + "archive"));
        Assert.Equal("http://feeds.test/feeds/news.atom", Link(page, "current"));
        Assert.Equal("http://feeds.test/feeds/news/archive/1.atom", Link(page, "prev-archive"));
        Assert.Equal("http://feeds.test/feeds/news/archive/3.atom", Link(page, "next-archive"));
        var rss = await XmlAsync("/feeds/news/archive/1.rss");
        Assert.NotNull(rss.Descendants(History + "archive").SingleOrDefault());
        Assert.Contains(rss.Descendants(Atom + "link"), l => (string?)l.Attribute("rel") == "next-archive");
    }

    [Fact]
    public async Task FeedThatFits_IsMarkedComplete()
    {
        AddArticles(1, 2);
        await _client.RegenerateAsync();
        Assert.NotNull((await XmlAsync("/feeds/news.atom")).Root!.Element(History + "complete"));
        Assert.NotNull((await XmlAsync("/feeds/news.rss")).Descendants(History + "complete").SingleOrDefault());
    }

    [Fact]
    public async Task EditingAnArchivedEntry_LeavesThePageByteIdenticalAndShowsTheEditInTheSubscription()
    {
        AddArticles(1, 10);
        await _client.RegenerateAsync();
        var before = await _client.GetByteArrayAsync("/feeds/news/archive/1.atom");

        _feeds.WriteArticle("news", "post-01.md", TempFeeds.Article("Post 1, corrected", "2024-01-01"));
        await _client.RegenerateAsync();

        Assert.Equal(before, await _client.GetByteArrayAsync("/feeds/news/archive/1.atom"));
        var titles = (await XmlAsync("/feeds/news.atom")).Descendants(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value);
        Assert.Contains("Post 1, corrected", titles);
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _feeds.Dispose();
    }
}
