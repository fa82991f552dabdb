using System.Globalization;
using System.Net;
using System.Xml.Linq;
using CodeHollow.FeedReader;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>
/// RFC 6721 over HTTP, on the service's own clock (a fake one, moved by the test): an article file deleted leaves the
/// items of every Atom document that carried it (read with CodeHollow) for an at:deleted-entry naming its id and the
/// time of the run (read as XML from the same bytes), in deltas too, for Syndication:TombstoneDays, then goes.
/// </summary>
public sealed class TombstoneServiceTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace At = "http://purl.org/atompub/tombstones/1.0";
    private static readonly string[] Documents = ["/feeds/news.atom", "/feeds/news/tags/rust.atom", "/feed.atom"];

    // Far ahead of the real clock, so the one-off run the service schedules for an expiry never fires during a test.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2030, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly TempFeeds _feeds = new();
    private readonly ServiceFactory _factory;
    private readonly HttpClient _client;

    public TombstoneServiceTests()
    {
        _feeds.AddFeed("news", "News", "limit: 2\n");
        _feeds.WriteArticle("news", "kept.md", Tagged("Kept", "2024-01-05"));
        _feeds.WriteArticle("news", "doomed.md", Tagged("Doomed", "2024-01-04"));
        _feeds.WriteArticle("news", "oldest.md", Tagged("Oldest", "2024-01-01"));
        _feeds.WriteArticle("news", "older.md", Tagged("Older", "2024-01-02"));
        _factory = new ServiceFactory(_feeds, new Dictionary<string, string?> { ["Syndication:TombstoneDays"] = "2" }, services => services.AddSingleton<TimeProvider>(_time));
        _client = _factory.CreateClient();
    }

    private static string Tagged(string title, string date) => $"---\ntitle: {title}\ndate: {date}\ntags: [rust]\n---\n\nAbout {title}.\n";

    private async Task<(Feed Read, XElement Xml, string? ETag)> GetAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return (FeedReader.ReadFromByteArray(bytes), XDocument.Load(new MemoryStream(bytes)).Root!, response.Headers.ETag?.Tag);
    }

    private static string IdOf(XElement feed, string title) =>
        feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "title")!.Value == title).Element(Atom + "id")!.Value;

    private static List<(string Ref, string When)> DeletedEntries(XElement feed) =>
        [.. feed.Elements(At + "deleted-entry").Select(d => ((string)d.Attribute("ref")!, (string)d.Attribute("when")!))];

    private string Now => _time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    [Fact]
    public async Task DeletedArticle_LeavesTheFeedItsTagAndTheCombinedFeed_ForATombstoneWithItsIdAndTheRunsTime()
    {
        await _client.RegenerateAsync();
        var id = IdOf((await GetAsync("/feeds/news.atom")).Xml, "Doomed");
        foreach (var path in Documents)
        {
            Assert.Contains("Doomed", (await GetAsync(path)).Read.Titles());
        }

        _feeds.DeleteArticle("news", "doomed.md");
        _time.Advance(TimeSpan.FromHours(3));
        await _client.RegenerateAsync();

        foreach (var path in Documents)
        {
            var after = await GetAsync(path);
            Assert.Contains("Kept", after.Read.Titles());
            Assert.DoesNotContain("Doomed", after.Read.Titles());
            Assert.Equal([(id, Now)], DeletedEntries(after.Xml));
        }
    }

    [Fact]
    public async Task DeltaFromTheVersionThatHadTheEntry_Is226WithItsTombstoneAndNoEntries()
    {
        await _client.RegenerateAsync();
        var before = await GetAsync("/feeds/news.atom");
        var id = IdOf(before.Xml, "Doomed");
        _feeds.DeleteArticle("news", "doomed.md");
        _time.Advance(TimeSpan.FromHours(3));
        await _client.RegenerateAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/news.atom");
        request.Headers.TryAddWithoutValidation("A-IM", "feed");
        request.Headers.TryAddWithoutValidation("If-None-Match", before.ETag);
        using var response = await _client.SendAsync(request);

        Assert.Equal((HttpStatusCode)226, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Empty(FeedReader.ReadFromByteArray(bytes).Items);
        Assert.Equal([(id, Now)], DeletedEntries(XDocument.Load(new MemoryStream(bytes)).Root!));
    }

    [Fact]
    public async Task ArchivedArticleDeleted_ItsArchivePageShowsTheTombstoneInsteadOfTheEntry()
    {
        await _client.RegenerateAsync();
        var page = await GetAsync("/feeds/news/archive/1.atom");
        Assert.Equal(["Older", "Oldest"], page.Read.Titles());
        var id = IdOf(page.Xml, "Oldest");

        _feeds.DeleteArticle("news", "oldest.md");
        await _client.RegenerateAsync();

        var rewritten = await GetAsync("/feeds/news/archive/1.atom");
        Assert.Equal(["Older"], rewritten.Read.Titles());
        Assert.Equal([(id, Now)], DeletedEntries(rewritten.Xml));
        Assert.Equal([(id, Now)], DeletedEntries((await GetAsync("/feeds/news.atom")).Xml));
    }

    [Fact]
    public async Task Tombstone_GoesAfterTombstoneDays_EvenThoughNoSourceChanged_AndTheFeedsNextRunIsThen()
    {
        await _client.RegenerateAsync();
        _feeds.DeleteArticle("news", "doomed.md");
        await _client.RegenerateAsync();
        var expiry = _time.GetUtcNow().AddDays(2);
        await Poll.UntilAsync(async () => await NextRunAsync() == expiry, "the feed's next run to be when its tombstone expires");

        _time.Advance(TimeSpan.FromDays(2) - TimeSpan.FromSeconds(1));
        await _client.RegenerateAsync();
        foreach (var path in Documents)
        {
            Assert.Single(DeletedEntries((await GetAsync(path)).Xml));
        }

        _time.Advance(TimeSpan.FromSeconds(1));
        await _client.RegenerateAsync();
        foreach (var path in Documents)
        {
            var after = await GetAsync(path);
            Assert.Empty(DeletedEntries(after.Xml));
            Assert.Contains("Kept", after.Read.Titles());
        }
    }

    [Fact]
    public async Task LastArticleOfATagDeleted_TheTagDocumentStaysWithItsTombstone_ThenGoesInEveryFormat()
    {
        _feeds.WriteArticle("news", "lonely.md", "---\ntitle: Lonely\ndate: 2024-01-03\ntags: [solo]\n---\n\nAlone.\n");
        await _client.RegenerateAsync();
        var id = IdOf((await GetAsync("/feeds/news/tags/solo.atom")).Xml, "Lonely");

        _feeds.DeleteArticle("news", "lonely.md");
        await _client.RegenerateAsync();

        var tag = await GetAsync("/feeds/news/tags/solo.atom");
        Assert.Empty(tag.Read.Items);
        Assert.Equal([(id, Now)], DeletedEntries(tag.Xml));

        _time.Advance(TimeSpan.FromDays(2));
        await _client.RegenerateAsync();
        foreach (var format in (string[])["atom", "rss", "json"])
        {
            using var gone = await _client.GetAsync($"/feeds/news/tags/solo.{format}");
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        var folder = Path.Combine(_feeds.OutputPath, "news", "tags", "solo");
        Assert.False(Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Any());
    }

    private async Task<DateTimeOffset> NextRunAsync() =>
        (await _client.StatusAsync()).Feed("news").GetProperty("nextRun").GetDateTimeOffset();

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _feeds.Dispose();
    }
}
