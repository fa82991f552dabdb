using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>Clients poll the real service well and badly; /admin/status tells them apart.</summary>
public sealed class PollerStatusTests(PolledService service) : IClassFixture<PolledService>
{
    private const string Atom = "/feeds/news.atom";

    [Fact]
    public async Task Poller_GettingTheSameETagAgainAndAgain_IgnoresConditionalGetAndPollsTooFast()
    {
        const string Address = "198.51.100.1";
        const string Agent = "LazyFetcher/1.0";
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(200, await service.PollStatusAsync(Atom, Agent, Address));
        }

        var poller = await service.PollerAsync(Address, Agent);
        Assert.Equal(4, poller.GetProperty("requests").GetInt64());
        Assert.Equal(0, poller.GetProperty("notModifiedShare").GetDouble());
        Assert.True(poller.GetProperty("ignoresConditionalGet").GetBoolean());
        // Four polls within a second, with CacheSeconds at 120.
        Assert.True(poller.GetProperty("pollsFasterThanCache").GetBoolean());
        Assert.InRange(poller.GetProperty("medianIntervalSeconds").GetDouble(), 0, PolledService.CacheSeconds);
    }

    [Fact]
    public async Task Poller_AskingWithIfNoneMatch_Gets304sAndDoesNotIgnoreConditionalGet()
    {
        const string Address = "198.51.100.2";
        const string Agent = "PoliteReader/2.0";
        using (var first = await service.PollAsync(Atom, Agent, Address))
        {
            var etag = first.Headers.ETag!.ToString();
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(304, await service.PollStatusAsync(Atom, Agent, Address, ifNoneMatch: etag));
            }
        }

        var poller = await service.PollerAsync(Address, Agent);
        Assert.Equal((4, 3), (poller.GetProperty("requests").GetInt64(), poller.GetProperty("notModified").GetInt64()));
        Assert.Equal(0.75, poller.GetProperty("notModifiedShare").GetDouble());
        Assert.False(poller.GetProperty("ignoresConditionalGet").GetBoolean());
        Assert.Equal(1, poller.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task Pollers_AreTheSameAgentFromTwoAddressesAsTwoClients()
    {
        const string Agent = "Mozilla/5.0 (compatible; Miniflux/2.2.3; +https://miniflux.app)";
        await service.PollStatusAsync("/feeds/sport.atom", Agent, "198.51.100.3");
        await service.PollStatusAsync("/feeds/sport.atom", Agent, "198.51.100.3");
        await service.PollStatusAsync("/feeds/sport.rss", Agent, "198.51.100.4");

        Assert.Equal(2, (await service.PollerAsync("198.51.100.3", Agent)).GetProperty("requests").GetInt64());
        var other = await service.PollerAsync("198.51.100.4", Agent);
        Assert.Equal(1, other.GetProperty("requests").GetInt64());
        // One poll: no interval yet, so no verdict on its pace.
        Assert.Equal(System.Text.Json.JsonValueKind.Null, other.GetProperty("medianIntervalSeconds").ValueKind);
        Assert.False(other.GetProperty("pollsFasterThanCache").GetBoolean());
    }
}
