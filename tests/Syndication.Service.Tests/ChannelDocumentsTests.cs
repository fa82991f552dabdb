using System.Net;
using System.Xml.Linq;
using CodeHollow.FeedReader;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>
/// Tag, category and combined feeds and the OPML list, read back as a reader would: every format parses, every entry has
/// the id it has in its own feed, archives page like the feed's, and a channel nobody carries any more goes away.
/// </summary>
public sealed class ChannelDocumentsTests : IDisposable
{
    private readonly TempFeeds _feeds = new();
    private readonly ServiceFactory _factory;
    private readonly HttpClient _client;

    public ChannelDocumentsTests()
    {
        _feeds.AddFeed("news", "News", "limit: 2\n");
        for (var i = 1; i <= 5; i++)
        {
            var tags = i % 2 == 0 ? "[Rust, \"C#\"]" : "[Rust]";
            _feeds.WriteArticle("news", $"post-{i}.md", $"---\ntitle: Post {i}\ndate: 2024-01-0{i}T10:00:00Z\ntags: {tags}\ncategories: [Engineering]\n---\nBody {i}.\n");
        }

        _feeds.AddFeed("notes", "Notes");
        _feeds.WriteArticle("notes", "note.md", "---\ntitle: A note\ndate: 2024-01-06T10:00:00Z\ntags: [Rust]\n---\nA note.\n");
        _factory = new ServiceFactory(_feeds);
        _client = _factory.CreateClient();
    }

    [Theory]
    [InlineData("/feeds/news/tags/rust", new[] { "Post 1", "Post 2", "Post 3", "Post 4", "Post 5" })]
    [InlineData("/feeds/news/tags/c", new[] { "Post 2", "Post 4" })]
    [InlineData("/feeds/news/categories/engineering", new[] { "Post 1", "Post 2", "Post 3", "Post 4", "Post 5" })]
    [InlineData("/feed", new[] { "A note", "Post 1", "Post 2", "Post 3", "Post 4", "Post 5" })]
    public async Task EveryChannel_InEveryFormat_CarriesItsEntriesWithTheIdsOfTheirOwnFeed(string channel, string[] titles)
    {
        await _client.WaitForFirstRunAsync();
        var ids = await IdsByTitleAsync("/feeds/news");
        foreach (var (title, id) in await IdsByTitleAsync("/feeds/notes"))
        {
            ids[title] = id;
        }

        foreach (var format in (string[])["atom", "rss"])
        {
            // An entry edited after it was archived is in the subscription document too (RFC 5005): readers go by id.
            var items = (await AllItemsAsync($"{channel}.{format}")).DistinctBy(i => i.Id).ToList();
            Assert.Equal(titles, items.Select(i => i.Title).Order(StringComparer.Ordinal));
            Assert.All(items, i => Assert.Equal(ids[i.Title], i.Id));
        }

        // JSON Feed has no archive links: its subscription document holds what the Atom one holds.
        var json = (await _client.ReadFeedAsync($"{channel}.json")).Items;
        Assert.Equal((await _client.ReadFeedAsync($"{channel}.atom")).Titles(), json.Select(i => i.Title).Order(StringComparer.Ordinal));
        Assert.All(json, i => Assert.Equal(ids[i.Title], i.Id));
    }

    [Fact]
    public async Task TagChannel_PagesLikeItsFeed_IntoImmutableArchivesLinkedFromTheSubscriptionDocument()
    {
        await _client.WaitForFirstRunAsync();
        var current = XDocument.Parse(await _client.GetStringAsync("/feeds/news/tags/rust.atom"));
        var prev = current.Descendants(Atom("link")).Single(l => (string?)l.Attribute("rel") == "prev-archive");
        Assert.Equal("http://feeds.test/feeds/news/tags/rust/archive/1.atom", (string?)prev.Attribute("href"));
        using var archive = await _client.GetAsync("/feeds/news/tags/rust/archive/1.atom");
        Assert.Equal(HttpStatusCode.OK, archive.StatusCode);
        Assert.Contains("immutable", archive.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var page = FeedReader.ReadFromString(await archive.Content.ReadAsStringAsync());
        Assert.Equal(["Post 1", "Post 2"], page.Items.Select(i => i.Title).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Opml_ListsEveryFeedWithItsAtomDocument()
    {
        await _client.WaitForFirstRunAsync();
        using var response = await _client.GetAsync("/feeds.opml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/x-opml", response.Content.Headers.ContentType!.MediaType);
        var opml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2.0", (string?)opml.Root!.Attribute("version"));
        var outlines = opml.Descendants("outline").ToDictionary(o => (string)o.Attribute("text")!, o => (string?)o.Attribute("xmlUrl"));
        Assert.Equal(new Dictionary<string, string?> { ["News"] = "http://feeds.test/feeds/news.atom", ["Notes"] = "http://feeds.test/feeds/notes.atom" }, outlines);
        foreach (var url in outlines.Values)
        {
            Assert.NotEmpty((await _client.ReadFeedAsync(new Uri(url!).AbsolutePath)).Items);
        }
    }

    [Fact]
    public async Task PagesLinkTheirChannels_ArticlePagesTheirTagFeeds_TheIndexTheCombinedFeedAndOpml()
    {
        await _client.WaitForFirstRunAsync();
        var article = await _client.GetStringAsync("/feeds/news/post-2");
        Assert.Contains("href=\"http://feeds.test/feeds/news/tags/c.atom\"", article, StringComparison.Ordinal);
        Assert.Contains("href=\"http://feeds.test/feeds/news/categories/engineering.atom\"", article, StringComparison.Ordinal);
        var index = await _client.GetStringAsync("/");
        Assert.Contains("href=\"http://feeds.test/feed.atom\"", index, StringComparison.Ordinal);
        Assert.Contains("href=\"http://feeds.test/feeds.opml\"", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TagNoArticleCarriesAnyMore_KeepsOnlyTheTombstonesOfItsEntries()
    {
        await _client.WaitForFirstRunAsync();
        var ids = await IdsByTitleAsync("/feeds/news/tags/c");
        Assert.Equal(["Post 2", "Post 4"], ids.Keys.Order(StringComparer.Ordinal));

        foreach (var i in (int[])[2, 4])
        {
            _feeds.WriteArticle("news", $"post-{i}.md", $"---\ntitle: Post {i}\ndate: 2024-01-0{i}T10:00:00Z\ntags: [Rust]\n---\nBody {i}.\n");
        }

        await _client.RegenerateAsync();
        foreach (var format in (string[])["atom", "rss", "json"])
        {
            Assert.Empty(FeedReader.ReadFromString(await _client.GetStringAsync($"/feeds/news/tags/c.{format}")).Items);
        }

        // Until they expire (TombstoneServiceTests), then the channel goes.
        var deleted = XDocument.Parse(await _client.GetStringAsync("/feeds/news/tags/c.atom")).Root!
            .Elements(XName.Get("deleted-entry", "http://purl.org/atompub/tombstones/1.0")).Select(d => (string)d.Attribute("ref")!);
        Assert.Equal(ids.Values.Order(StringComparer.Ordinal), deleted.Order(StringComparer.Ordinal));
        Assert.Equal(5, (await AllItemsAsync("/feeds/news/tags/rust.atom")).DistinctBy(i => i.Id).Count());
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _feeds.Dispose();
    }

    private static XName Atom(string name) => XName.Get(name, "http://www.w3.org/2005/Atom");

    /// <summary>Every item of a document and of the archive pages it links (prev-archive), as read by an independent reader.</summary>
    private async Task<List<FeedItem>> AllItemsAsync(string path)
    {
        var items = new List<FeedItem>();
        for (string? next = path; next is not null;)
        {
            var text = await _client.GetStringAsync(next);
            items.AddRange(FeedReader.ReadFromString(text).Items);
            next = PrevArchive(text);
        }

        return items;
    }

    private static string? PrevArchive(string text)
    {
        if (text.TrimStart().StartsWith('{'))
        {
            return null;
        }

        var href = XDocument.Parse(text).Descendants(Atom("link")).FirstOrDefault(l => (string?)l.Attribute("rel") == "prev-archive")?.Attribute("href")?.Value;
        return href is null ? null : new Uri(href).AbsolutePath;
    }

    private async Task<Dictionary<string, string>> IdsByTitleAsync(string feed) =>
        (await AllItemsAsync($"{feed}.atom")).DistinctBy(i => i.Id).ToDictionary(i => i.Title, i => i.Id, StringComparer.Ordinal);
}
