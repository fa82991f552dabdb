using System.Text.Json;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>Aggregators and direct readers poll the real service; /admin/status says how many follow each feed.</summary>
public sealed class AudienceStatusTests(PolledService service) : IClassFixture<PolledService>
{
    private const string Desktop = "NetNewsWire (RSS Reader; https://netnewswire.com/)";
    private const string Miniflux = "Mozilla/5.0 (compatible; Miniflux/2.2.3; +https://miniflux.app)";

    [Fact]
    public async Task Status_AddsAggregatorCountsAndDirectClientsPerFeedAndInTotal()
    {
        (string Path, string UserAgent, string Address)[] polls =
        [
            ("/feeds/news.atom", "Feedly/1.0 (+http://www.feedly.com/fetcher.html; 462 subscribers; )", "192.0.2.1"),
            ("/feeds/news.atom", "Mozilla/5.0 (compatible; inoreader.com; 114 subscribers)", "192.0.2.2"),
            ("/feeds/news.atom", "Feedbin feed-id:1697787 - 10 subscribers", "192.0.2.3"),
            // Polled again with the same feed-id: the newer count replaces the older.
            ("/feeds/news.atom", "Feedbin feed-id:1697787 - 12 subscribers", "192.0.2.4"),
            ("/feeds/news.rss", "Feedbin feed-id:2000935 - 3 subscribers", "192.0.2.3"),
            ("/feeds/news.json", "Mozilla/5.0 (compatible; theoldreader.com; 1 subscribers; feed-id=cead6c3a837650eeefd8fe4a)", "192.0.2.5"),
            ("/feeds/news.atom", "NewsBlur Feed Fetcher - 27 subscribers - https://www.newsblur.com/site/7704055/news (\"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)\")", "192.0.2.6"),
            ("/feeds/news.atom", Desktop, "203.0.113.10"),
            ("/feeds/news.atom", Desktop, "203.0.113.10"),
            ("/feeds/news.rss", Desktop, "203.0.113.11"),
            ("/feeds/news.atom", Miniflux, "203.0.113.10"),
            ("/feeds/sport.atom", Desktop, "203.0.113.10"),
            ("/feeds/sport.atom", "Mozilla/5.0 (compatible; inoreader.com; 6 subscribers)", "192.0.2.2"),
            // Not a document: nobody follows what does not exist.
            ("/feeds/missing.atom", "Feedly/1.0 (+http://www.feedly.com/fetcher.html; 5000 subscribers; )", "192.0.2.1"),
        ];
        foreach (var (path, userAgent, address) in polls)
        {
            await service.PollStatusAsync(path, userAgent, address);
        }

        var audience = (await service.Client.StatusAsync()).GetProperty("audience");

        var news = Feed(audience, "news");
        Assert.Equal((619, 3, 622), Counts(news));
        Assert.Equal([("Feedly", 462, 1), ("Inoreader", 114, 1), ("NewsBlur", 27, 1), ("Feedbin", 15, 2), ("The Old Reader", 1, 1)], Aggregators(news));
        Assert.Equal((6, 1, 7), Counts(Feed(audience, "sport")));
        Assert.DoesNotContain(audience.GetProperty("feeds").EnumerateArray(), f => f.GetProperty("feed").GetString() == "missing");
        // 203.0.113.10's NetNewsWire reads both feeds: one reader in the total.
        Assert.Equal((625, 3, 628), Counts(audience));
        Assert.Equal([("Feedly", 462, 1), ("Inoreader", 120, 2), ("NewsBlur", 27, 1), ("Feedbin", 15, 2), ("The Old Reader", 1, 1)], Aggregators(audience));
    }

    private static JsonElement Feed(JsonElement audience, string name) =>
        audience.GetProperty("feeds").EnumerateArray().Single(f => f.GetProperty("feed").GetString() == name);

    private static (long Subscribers, int DirectClients, long Readers) Counts(JsonElement audience) =>
        (audience.GetProperty("subscribers").GetInt64(), audience.GetProperty("directClients").GetInt32(), audience.GetProperty("readers").GetInt64());

    private static List<(string, long, int)> Aggregators(JsonElement audience) =>
        [.. audience.GetProperty("aggregators").EnumerateArray()
            .Select(a => (a.GetProperty("aggregator").GetString()!, a.GetProperty("subscribers").GetInt64(), a.GetProperty("subscriptions").GetInt32()))];
}
