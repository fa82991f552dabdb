using Syndication.Core.Audience;

namespace Syndication.Core.Tests.Audience;

/// <summary>
/// User-Agents as aggregators really send them, copied from published server logs, the aggregators' own fetcher code
/// and their documentation (Buttondown's RSS-subscriber table, goaccess's issues, Feedbin's crawler, NewsBlur's fetcher).
/// </summary>
public sealed class SubscriberClaimTests
{
    public static TheoryData<string, string, int, string?> RealAggregators => new()
    {
        { "Feedly/1.0 (+http://www.feedly.com/fetcher.html; 462 subscribers; )", "Feedly", 462, null },
        { "Feedly/1.0 (poller; 131 subscribers;)", "Feedly", 131, null },
        { "Feedly/1.0 (+http://www.feedly.com/fetcher.html; 12 subscribers; like FeedFetcher-Google)", "Feedly", 12, null },
        { "Mozilla/5.0 (compatible; inoreader.com; 114 subscribers)", "Inoreader", 114, null },
        { "Mozilla/5.0 (compatible; inoreader.com; 1 subscribers)", "Inoreader", 1, null },
        {
            "NewsBlur Feed Fetcher - 27 subscribers - https://www.newsblur.com/site/7704055/rendezvous-with-cassidoo (\"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/14.0.1 Safari/605.1.15\")",
            "NewsBlur", 27, "site/7704055"
        },
        {
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_7_1) AppleWebKit/534.48.3 (KHTML, like Gecko) Version/5.1 Safari/534.48.3 (NewsBlur Feed Fetcher - 5 subscribers - http://www.newsblur.com)",
            "NewsBlur", 5, null
        },
        { "Feedbin feed-id:1697787 - 102 subscribers", "Feedbin", 102, "1697787" },
        { "Feedbin feed-id:1306543 - 3 subscribers", "Feedbin", 3, "1306543" },
        { "Mozilla/5.0 (compatible; theoldreader.com; 1 subscribers; feed-id=cead6c3a837650eeefd8fe4a)", "The Old Reader", 1, "cead6c3a837650eeefd8fe4a" },
        { "Mozilla/5.0 (compatible; BazQux/2.4; +https://bazqux.com/fetcher; 1 subscribers)", "BazQux", 1, null },
        { "Feed Wrangler/1.0 (1 subscriber; feed-id=394524; http://feedwrangler.net; Allow like Gecko)", "Feed Wrangler", 1, "394524" },
        { "Feedfetcher-Google; (+http://www.google.com/feedfetcher.html; 4 subscribers; feed-id=1794595805790851116)", "Google Feedfetcher", 4, "1794595805790851116" },
        { "Netvibes (http://www.netvibes.com/; 5 subscribers; feedId: 5404723)", "Netvibes", 5, "5404723" },
        { "Bloglines/3.1 (http://www.bloglines.com; 154 subscribers)", "Bloglines", 154, null },
        { "Bloglines/3.1 (http://www.bloglines.com; 1 subscriber)", "Bloglines", 1, null },
        { "NewsGatorOnline/2.0 (http://www.newsgator.com; 99 subscribers)", "NewsGator", 99, null },
        { "Dreamwidth Studios (webmaster@dreamwidth.org; for https://www.dreamwidth.org/users/vikingschoice_feed/; 2 readers)", "Dreamwidth", 2, null },
        { "LiveJournal.com (webmaster@livejournal.com; for http://www.livejournal.com/users/example/; 1 readers)", "LiveJournal", 1, null },
        { "FeedHQ/1.5.1 (https://github.org/feedhq/feedhq; 1 subscriber; https://github.com/feedhq/feedhq/wiki/User-Agent; like FeedFetcher-Google)", "FeedHQ", 1, null },
        { "Overcast/1.0 Podcast Sync (1190 subscribers; feed-id=554901; +http://overcast.fm/)", "Overcast", 1190, "554901" },
        {
            "Mozilla/5.0 (X11; U; Linux i686; en-US; rv:1.2.1; Rojo 1.0; http://www.rojo.com/corporate/help/agg/; Aggregating on behalf of 15 subscriber(s) online at http://www.rojo.com/?feed-id=4711) Gecko/20021130",
            "Rojo", 15, "4711"
        },
        // Aggregators not known by name are named by their product token.
        { "Zhuaxia.com 1 Subscribers", "Zhuaxia.com", 1, null },
        { "AideRSS/1.0 (aiderss.com); 2 subscribers", "AideRSS", 2, null },
        { "xianguo-rssbot/0.1 (http://www.xianguo.com/; 1 subscribers)", "xianguo-rssbot", 1, null },
        { "Fastladder FeedFetcher/0.01 (http://fastladder.com/; 1 subscriber)", "Fastladder", 1, null },
        { "kinjabot (; 1 Readers)", "kinjabot", 1, null },
        { "PlainFeeder v0.0.1 (+http://plainfeeder.com/about ; Subscriber Count: 37)", "PlainFeeder", 37, null },
        { "ThePort_Web/1.0;_subscribers_1", "ThePort_Web", 1, null },
    };

    /// <summary>Readers that poll for one person, and aggregators that send no count: direct clients, not claims.</summary>
    public static TheoryData<string> WithoutCount => new()
    {
        "Mozilla/5.0 (compatible; Miniflux/2.2.3; +https://miniflux.app)",
        "Tiny Tiny RSS/21.11-3d0b5a7 (https://tt-rss.org/)",
        "FreshRSS/1.23.1 (Linux; https://freshrss.org)",
        "Mozilla/5.0 (compatible; theoldreader.com)",
        "Feedly/1.0 (+http://www.feedly.com/fetcher.html; like FeedFetcher-Google)",
        "FeedHQ/1.5.1 (https://github.com/feedhq/feedhq; checking feed; https://github.com/feedhq/feedhq/wiki/User-Agent; like FeedFetcher-Google)",
        "NetNewsWire (RSS Reader; https://netnewswire.com/)",
        "Akregator/5.24.0 (23.08.0); syndication",
        "Aggregator/2.22.000 (Android/13; exynos9611)",
        "Blogtrottr/2.0",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
        "YahooFeedSeeker/2.0 (compatible; Mozilla 4.0; MSIE 5.5; http://my.yahoo.com/s/publishers.html; users 1; views 1)",
        // A version or a decimal next to the noun is not a count.
        "Example/2.4 subscribers",
        "Example (v1.5 readers)",
        "Example (12,34 subscribers)",
        "Example (subscribers 2.5)",
        "",
    };

    [Theory]
    [MemberData(nameof(RealAggregators))]
    public void Parse_RealAggregatorUserAgent_ReadsNameCountAndFeedId(string userAgent, string aggregator, int subscribers, string? feedId)
    {
        Assert.Equal(new SubscriberClaim(aggregator, subscribers, feedId), SubscriberClaim.Parse(userAgent));
    }

    [Theory]
    [MemberData(nameof(WithoutCount))]
    public void Parse_UserAgentWithoutCount_IsNoClaim(string userAgent)
    {
        Assert.Null(SubscriberClaim.Parse(userAgent));
    }

    [Fact]
    public void Parse_Null_IsNoClaim()
    {
        Assert.Null(SubscriberClaim.Parse(null));
    }

    [Fact]
    public void Parse_HugeUserAgent_ReadsOnlyItsStartAndKeepsShortNames()
    {
        var flood = "Mozilla/5.0 (compatible; " + new string('A', 5000) + "; 3 subscribers; feed-id=" + new string('9', 5000) + ")";
        Assert.Null(SubscriberClaim.Parse(flood));

        var longNamed = "X" + new string('y', 500) + "/1.0 (7 subscribers; feed-id=" + new string('1', 500) + ")";
        var claim = SubscriberClaim.Parse(longNamed);
        Assert.NotNull(claim);
        Assert.Equal(7, claim.Subscribers);
        Assert.InRange(claim.Aggregator.Length, 1, 40);
        Assert.InRange(claim.FeedId!.Length, 1, 64);
    }
}
