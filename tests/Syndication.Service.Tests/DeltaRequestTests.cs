using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>What a delta request looks like from outside: A-IM read as RFC 3229's q-valued list, and deltas that never claim to be complete.</summary>
public sealed class DeltaRequestTests : IAsyncLifetime, IDisposable
{
    private const string Atom = "/feeds/news.atom";
    private static readonly XNamespace History = "http://purl.org/syndication/history/1.0";
    private static readonly string[] Manipulations = ["feed", "FEED", "Feed", "vcdiff", "gzip", "diffe", "range"];
    private static readonly string[] Qualities = ["", ";q=0", ";q=0.0", ";q=0.000", ";q=0.001", ";q=0.5", ";q=1", " ; q=1.0"];
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();
    private readonly ServiceFactory _factory;
    private readonly HttpClient _client;
    private readonly Dictionary<string, (string Old, string Current)> _etags = new(StringComparer.Ordinal);

    public DeltaRequestTests()
    {
        _factory = new ServiceFactory(_feeds);
        _client = _factory.CreateClient();
    }

    public async Task InitializeAsync()
    {
        await _client.RegenerateAsync();
        var old = await ETagsAsync();
        _feeds.WriteArticle("news", "second-post.md", TempFeeds.Article("Second post", "2024-01-03"));
        await _client.RegenerateAsync();
        foreach (var (path, current) in await ETagsAsync())
        {
            _etags[path] = (old[path], current);
        }
    }

    private async Task<Dictionary<string, string>> ETagsAsync()
    {
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in (string[])[Atom, "/feeds/news.rss", "/feeds/news.json"])
        {
            using var response = await _client.GetAsync(path);
            etags[path] = response.Headers.ETag!.Tag;
        }

        return etags;
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string aIm, string ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("A-IM", aIm);
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await _client.SendAsync(request);
    }

    [Fact]
    public async Task GeneratedAImLists_Get226OnlyWhenFeedIsListedWithQAboveZero()
    {
        var random = new Random(3229);
        var checkedLists = 0;
        for (var n = 0; n < 300; n++)
        {
            // Each manipulation at most once, in any order, with any q-value or none.
            var listed = Manipulations.Where(m => m == "feed" || !m.Equals("feed", StringComparison.OrdinalIgnoreCase))
                .Where(_ => random.Next(2) == 0).Select(m => (Name: m, Quality: Qualities[random.Next(Qualities.Length)])).ToList();
            if (listed.Count == 0)
            {
                continue;
            }

            listed = listed.Select(m => m.Name == "feed" ? (Manipulations[random.Next(3)], m.Quality) : m).OrderBy(_ => random.Next()).ToList();
            var aIm = string.Join(", ", listed.Select(m => m.Name + m.Quality));
            // RFC 3229 §10.5.3 with RFC 9110 §12.4.2: q=0 means "not acceptable", no q means 1.
            var feedWanted = listed.Any(m => m.Name.Equals("feed", StringComparison.OrdinalIgnoreCase) && !IsZero(m.Quality));

            using var old = await GetAsync(Atom, aIm, _etags[Atom].Old);
            Assert.True(old.StatusCode == (feedWanted ? (HttpStatusCode)226 : HttpStatusCode.OK), $"A-IM: {aIm} answered {(int)old.StatusCode}");
            Assert.Equal(feedWanted, old.Headers.Contains("IM"));
            using var current = await GetAsync(Atom, aIm, _etags[Atom].Current);
            Assert.True(current.StatusCode == HttpStatusCode.NotModified, $"A-IM: {aIm} with the current ETag answered {(int)current.StatusCode}");
            checkedLists++;
        }

        Assert.True(checkedLists > 200, $"only {checkedLists} lists generated");
    }

    [Theory]
    [InlineData("feed;q=2")]
    [InlineData("feed;q=abc")]
    [InlineData("feed;;q")]
    [InlineData("\"feed\"")]
    [InlineData("feeds")]
    [InlineData("*")]
    public async Task AImThatDoesNotParseOrNamesNoFeed_GetsTheFullDocument(string aIm)
    {
        using var response = await GetAsync(Atom, aIm, _etags[Atom].Old);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(Atom)]
    [InlineData("/feeds/news.rss")]
    [InlineData("/feeds/news.json")]
    public async Task Deltas_NeverClaimToBeComplete_WhileTheFullDocumentDoes(string path)
    {
        using var full = await _client.GetAsync(path);
        using var delta = await GetAsync(path, "feed", _etags[path].Old);

        Assert.Equal((HttpStatusCode)226, delta.StatusCode);
        Assert.True(IsMarkedComplete(path, await full.Content.ReadAsStringAsync()), "the full document lost fh:complete");
        Assert.False(IsMarkedComplete(path, await delta.Content.ReadAsStringAsync()), "a delta is marked complete");
    }

    private static bool IsZero(string quality) => quality.Length > 0 && double.Parse(quality.Split('=')[1], System.Globalization.CultureInfo.InvariantCulture) == 0;

    private static bool IsMarkedComplete(string path, string body)
    {
        if (path.EndsWith(".json", StringComparison.Ordinal))
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("_rfc5005", out var history) && history.TryGetProperty("complete", out _);
        }

        return XDocument.Parse(body).Descendants(History + "complete").Any();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _feeds.Dispose();
    }
}
