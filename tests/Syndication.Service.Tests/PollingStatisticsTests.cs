using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using Syndication.Service.Audience;
using Syndication.Service.Options;

namespace Syndication.Service.Tests;

/// <summary>The statistics behind /admin/status's pollers, with time driven by a fake clock.</summary>
public sealed class PollingStatisticsTests
{
    private const int CacheSeconds = 120;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Poller_OnceEveryCacheSecondsOrSlower_IsNotTooFast()
    {
        var pollers = Statistics();
        PollEvery(pollers, "10.0.0.1", TimeSpan.FromSeconds(150), times: 5);

        var poller = Assert.Single(pollers.Top(10));
        Assert.Equal((150.0, 150.0), (poller.MedianIntervalSeconds, poller.MinIntervalSeconds));
        Assert.False(poller.PollsFasterThanCache);
    }

    [Fact]
    public void Poller_MostlyFasterThanCacheSeconds_IsTooFast_EvenWithOneSlowPoll()
    {
        var pollers = Statistics();
        PollEvery(pollers, "10.0.0.1", TimeSpan.FromSeconds(60), times: 4);
        _time.Advance(TimeSpan.FromHours(1));
        Poll(pollers, "10.0.0.1", "/feeds/news.atom", 304);

        var poller = Assert.Single(pollers.Top(10));
        Assert.Equal((60.0, 60.0), (poller.MedianIntervalSeconds, poller.MinIntervalSeconds));
        Assert.True(poller.PollsFasterThanCache);
        Assert.Equal(1, poller.NotModified);
    }

    [Fact]
    public void Intervals_AreBetweenPollsOfTheSameDocument()
    {
        // Atom and RSS fetched together every 200 s are two documents each polled every 200 s, not a poll every few ms.
        var pollers = Statistics();
        for (var i = 0; i < 4; i++)
        {
            Poll(pollers, "10.0.0.1", "/feeds/news.atom", 200);
            _time.Advance(TimeSpan.FromMilliseconds(5));
            Poll(pollers, "10.0.0.1", "/feeds/news.rss", 200);
            _time.Advance(TimeSpan.FromSeconds(200));
        }

        var poller = Assert.Single(pollers.Top(10));
        Assert.Equal((200.005, 2), (poller.MedianIntervalSeconds, poller.Documents));
        Assert.False(poller.PollsFasterThanCache);
    }

    [Fact]
    public void Pollers_NotSeenWithinTheWindow_AreDropped()
    {
        var pollers = Statistics();
        Poll(pollers, "10.0.0.1", "/feeds/news.atom", 200);
        _time.Advance(TimeSpan.FromHours(23));
        Poll(pollers, "10.0.0.2", "/feeds/news.atom", 200);
        _time.Advance(TimeSpan.FromHours(2));

        Assert.Equal(["10.0.0.2"], pollers.Top(10).Select(p => p.Address));
    }

    [Fact]
    public void HundredThousandDistinctClients_KeepOnlyTheMostRecentUpToTheCap()
    {
        const int Cap = 1000;
        var pollers = Statistics(Cap);
        for (var i = 0; i < 100_000; i++)
        {
            Poll(pollers, new IPAddress(0x0A000000u + (uint)i).ToString(), "/feeds/news.atom", 200);
            if (i % 500 == 0)
            {
                // One client keeps polling throughout, so it is never the least recently seen.
                Poll(pollers, "192.0.2.1", "/feeds/news.atom", 304);
            }
        }

        var all = pollers.Top(int.MaxValue);
        Assert.Equal(Cap, all.Count);
        Assert.Equal("192.0.2.1", all[0].Address);
        Assert.Equal(200, all[0].Requests);
        Assert.Contains(all, p => p.Address == new IPAddress(0x0A000000u + 99_999u).ToString());
    }

    private PollingStatistics Statistics(int maxClients = 10_000) =>
        new(_time, Microsoft.Extensions.Options.Options.Create(new SyndicationOptions { CacheSeconds = CacheSeconds, Audience = new AudienceOptions { MaxClients = maxClients } }));

    private void PollEvery(PollingStatistics pollers, string address, TimeSpan interval, int times)
    {
        for (var i = 0; i < times; i++)
        {
            if (i > 0)
            {
                _time.Advance(interval);
            }

            Poll(pollers, address, "/feeds/news.atom", 200);
        }
    }

    private static void Poll(PollingStatistics pollers, string address, string path, int status)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        context.Request.Headers.UserAgent = "Reader/1.0";
        context.Request.Path = path;
        context.Response.StatusCode = status;
        context.Response.Headers.ETag = "\"v1\"";
        pollers.Record(ClientId.Of(context), context);
    }
}
