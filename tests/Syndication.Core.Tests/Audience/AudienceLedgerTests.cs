using Microsoft.Extensions.Time.Testing;
using Syndication.Core.Audience;

namespace Syndication.Core.Tests.Audience;

public sealed class AudienceLedgerTests
{
    private const string Desktop = "NetNewsWire (RSS Reader; https://netnewswire.com/)";
    private static readonly TimeSpan Window = TimeSpan.FromHours(24);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void SameFeedIdPolledTwice_CountsItsLatestCountOnce()
    {
        var ledger = Ledger();
        ledger.Record("news", "atom", "Feedbin feed-id:1697787 - 100 subscribers", client: 1);
        _time.Advance(TimeSpan.FromHours(1));
        ledger.Record("news", "atom", "Feedbin feed-id:1697787 - 102 subscribers", client: 1);

        var feed = Assert.Single(ledger.Report().Feeds);
        Assert.Equal(102, feed.Subscribers);
        Assert.Equal(new AggregatorAudience("Feedbin", 102, 1), Assert.Single(feed.Aggregators));
    }

    [Fact]
    public void TwoFeedIdsOfOneAggregator_AddUp()
    {
        // The http and https URLs of one feed are two subscriptions at the aggregator, each with its own subscribers.
        var ledger = Ledger();
        ledger.Record("news", "atom", "Mozilla/5.0 (compatible; theoldreader.com; 12 subscribers; feed-id=5a1b)", client: 1);
        ledger.Record("news", "atom", "Mozilla/5.0 (compatible; theoldreader.com; 3 subscribers; feed-id=77ff)", client: 1);
        ledger.Record("news", "atom", "Mozilla/5.0 (compatible; theoldreader.com; 4 subscribers; feed-id=77ff)", client: 1);

        Assert.Equal(new AggregatorAudience("The Old Reader", 16, 2), Assert.Single(ledger.Report().Aggregators));
    }

    [Fact]
    public void WithoutFeedId_EachDocumentIsOneSubscription()
    {
        var ledger = Ledger();
        ledger.Record("news", "atom", "Feedly/1.0 (+http://www.feedly.com/fetcher.html; 40 subscribers; )", client: 1);
        ledger.Record("news", "atom", "Feedly/1.0 (+http://www.feedly.com/fetcher.html; 41 subscribers; )", client: 2);
        ledger.Record("news", "rss", "Feedly/1.0 (+http://www.feedly.com/fetcher.html; 5 subscribers; )", client: 1);

        var report = ledger.Report();
        Assert.Equal(new AggregatorAudience("Feedly", 46, 2), Assert.Single(report.Aggregators));
        Assert.Equal(0, report.DirectClients);
    }

    [Fact]
    public void Report_AddsAggregatorsAndDirectClientsPerFeedAndInTotal()
    {
        var ledger = Ledger();
        ledger.Record("news", "atom", "Mozilla/5.0 (compatible; inoreader.com; 114 subscribers)", client: 1);
        ledger.Record("news", "atom", "Feedly/1.0 (+http://www.feedly.com/fetcher.html; 462 subscribers; )", client: 2);
        ledger.Record("news", "atom", Desktop, client: 10);
        ledger.Record("news", "rss", Desktop, client: 10);
        ledger.Record("news", "atom", Desktop, client: 11);
        ledger.Record("sport", "json", Desktop, client: 10);
        ledger.Record("sport", "json", "Mozilla/5.0 (compatible; inoreader.com; 6 subscribers)", client: 1);

        var report = ledger.Report();

        Assert.Equal(["news", "sport"], report.Feeds.Select(f => f.Feed));
        var news = report.Feeds[0];
        Assert.Equal((576L, 2, 578L), (news.Subscribers, news.DirectClients, news.Readers));
        Assert.Equal(["Feedly", "Inoreader"], news.Aggregators.Select(a => a.Aggregator));
        var sport = report.Feeds[1];
        Assert.Equal((6L, 1, 7L), (sport.Subscribers, sport.DirectClients, sport.Readers));
        // Client 10 reads both feeds: one reader in the total.
        Assert.Equal((582L, 2, 584L), (report.Subscribers, report.DirectClients, report.Readers));
        Assert.Equal([new AggregatorAudience("Feedly", 462, 1), new AggregatorAudience("Inoreader", 120, 2)], report.Aggregators);
    }

    [Fact]
    public void DirectClients_CountOnlyWithinTheWindow()
    {
        var ledger = Ledger();
        ledger.Record("news", "atom", Desktop, client: 1);
        _time.Advance(TimeSpan.FromHours(20));
        ledger.Record("news", "atom", Desktop, client: 2);
        Assert.Equal(2, ledger.Report().DirectClients);

        _time.Advance(TimeSpan.FromHours(5));
        Assert.Equal(1, ledger.Report().DirectClients);

        // Seen again, it counts again.
        ledger.Record("news", "atom", Desktop, client: 1);
        _time.Advance(TimeSpan.FromHours(20));
        Assert.Equal(1, ledger.Report().DirectClients);
        _time.Advance(TimeSpan.FromHours(5));
        Assert.Empty(ledger.Report().Feeds);
    }

    [Fact]
    public void AggregatorCounts_ExpireWhenTheAggregatorStopsPolling()
    {
        var ledger = Ledger();
        ledger.Record("news", "atom", "Mozilla/5.0 (compatible; inoreader.com; 114 subscribers)", client: 1);
        _time.Advance(Window - TimeSpan.FromSeconds(1));
        Assert.Equal(114, ledger.Report().Subscribers);
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(0, ledger.Report().Subscribers);
    }

    [Fact]
    public void HundredThousandDistinctClients_KeepOnlyTheMostRecentUpToTheCap()
    {
        const int Cap = 1000;
        var ledger = Ledger(Cap);
        for (ulong client = 0; client < 100_000; client++)
        {
            ledger.Record("news", "atom", Desktop, client);
            if (client % 500 == 0)
            {
                // The very first client keeps polling, so it is never the least recently seen.
                ledger.Record("news", "atom", Desktop, client: 0);
            }
        }

        Assert.Equal(Cap, ledger.Report().DirectClients);
        ledger.Record("news", "atom", Desktop, client: 0);
        ledger.Record("news", "atom", Desktop, client: 99_999);
        Assert.Equal(Cap, ledger.Report().DirectClients);
        ledger.Record("news", "atom", Desktop, client: 5);
        Assert.Equal(Cap, ledger.Report().DirectClients);
    }

    [Fact]
    public void HundredThousandForgedFeedIds_KeepOnlyTheCapOfSubscriptions()
    {
        const int Cap = 1000;
        var ledger = Ledger(Cap);
        for (var id = 0; id < 100_000; id++)
        {
            ledger.Record("news", "atom", $"Feedbin feed-id:{id} - 1 subscribers", client: 1);
        }

        Assert.Equal(new AggregatorAudience("Feedbin", Cap, Cap), Assert.Single(ledger.Report().Aggregators));
    }

    private AudienceLedger Ledger(int capacity = 10_000) => new(_time, Window, capacity);
}
