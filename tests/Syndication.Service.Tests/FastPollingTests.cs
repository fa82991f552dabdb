using System.Net;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>Audience:RefuseFastPolling: off by default; on, a client polling faster than CacheSeconds gets 429 with Retry-After.</summary>
public sealed class FastPollingTests(PolledService service) : IClassFixture<PolledService>
{
    private const string Agent = "Hammer/1.0";

    [Fact]
    public async Task Off_ByDefault_NeverRefusesAFastPoller()
    {
        var statuses = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add(await service.PollStatusAsync("/feeds/news.atom", Agent, "198.51.100.20"));
        }

        Assert.All(statuses, s => Assert.Equal(200, s));
        Assert.Equal(0, (await service.PollerAsync("198.51.100.20", Agent)).GetProperty("refused").GetInt64());
    }

    [Fact]
    public async Task On_AClientPollingFasterThanCacheSeconds_Gets429WithRetryAfter_OnlyForThatDocument()
    {
        using var refusing = PolledService.RefusingFastPolling();
        await refusing.InitializeAsync();
        const string Address = "198.51.100.21";

        // The bucket holds two polls, so a client on time give or take a second is never refused; the third within CacheSeconds is.
        Assert.Equal(200, await refusing.PollStatusAsync("/feeds/news.atom", Agent, Address));
        Assert.Equal(200, await refusing.PollStatusAsync("/feeds/news.atom", Agent, Address));
        using (var refused = await refusing.PollAsync("/feeds/news.atom", Agent, Address))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, PolledService.CacheSeconds);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        // Its other documents, and other clients, are not held back.
        Assert.Equal(200, await refusing.PollStatusAsync("/feeds/news.rss", Agent, Address));
        Assert.Equal(200, await refusing.PollStatusAsync("/feeds/news.atom", Agent, "198.51.100.22"));
        Assert.Equal(200, await refusing.PollStatusAsync("/feeds/news.atom", "Another/1.0", Address));

        var poller = await refusing.PollerAsync(Address, Agent);
        Assert.Equal((4, 1), (poller.GetProperty("requests").GetInt64(), poller.GetProperty("refused").GetInt64()));

        // A feed's page shares the documents' route, but people read it: never refused.
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(200, await refusing.PollStatusAsync("/feeds/news.html", Agent, Address));
        }
    }
}
