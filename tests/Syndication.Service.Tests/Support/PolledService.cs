using System.Globalization;
using System.Text.Json;

namespace Syndication.Service.Tests.Support;

/// <summary>
/// The real service as a process on real HTTP, with the feeds "news" and "sport" published and loopback trusted as a
/// proxy, so each request names its client's address in X-Forwarded-For as a reverse proxy would.
/// </summary>
public sealed class PolledService : IAsyncLifetime, IDisposable
{
    public const int CacheSeconds = 120;

    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();
    private readonly ServiceProcess _process;

    public PolledService()
        : this(refuseFastPolling: false)
    {
    }

    private PolledService(bool refuseFastPolling)
    {
        _feeds.AddFeed("sport", "Sport");
        _feeds.WriteArticles("sport", 2);
        _process = ServiceProcess.Start(_feeds, new Dictionary<string, string>
        {
            ["Syndication:AdminToken"] = ServiceFactory.AdminToken,
            ["Syndication:TrustedProxies:0"] = "127.0.0.1",
            ["Syndication:CacheSeconds"] = CacheSeconds.ToString(CultureInfo.InvariantCulture),
            ["Syndication:Audience:RefuseFastPolling"] = refuseFastPolling ? "true" : "false",
        });
        Client = _process.CreateClient();
    }

    public HttpClient Client { get; }

    /// <summary>One with Audience:RefuseFastPolling on; the caller initialises and disposes it.</summary>
    public static PolledService RefusingFastPolling() => new(refuseFastPolling: true);

    public async Task InitializeAsync()
    {
        // Not a feed document: waiting must not make the test runner a reader.
        await _process.WaitUntilServingAsync("/healthz", TimeSpan.FromSeconds(60));
        await Client.WaitForFirstRunAsync();
    }

    /// <summary>A GET of <paramref name="path"/> from <paramref name="address"/> with <paramref name="userAgent"/>, conditional when given an ETag.</summary>
    public Task<HttpResponseMessage> PollAsync(string path, string userAgent, string address, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        request.Headers.Add("X-Forwarded-For", address);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return Client.SendAsync(request);
    }

    /// <summary>The status of a poll whose body is not needed.</summary>
    public async Task<int> PollStatusAsync(string path, string userAgent, string address, string? ifNoneMatch = null)
    {
        using var response = await PollAsync(path, userAgent, address, ifNoneMatch);
        return (int)response.StatusCode;
    }

    /// <summary>The /admin/status entry of the poller at <paramref name="address"/> with <paramref name="userAgent"/>.</summary>
    public async Task<JsonElement> PollerAsync(string address, string userAgent) =>
        (await Client.StatusAsync()).GetProperty("pollers").EnumerateArray()
            .Single(p => p.GetProperty("address").GetString() == address && p.GetProperty("userAgent").GetString() == userAgent);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Client.Dispose();
        _process.Dispose();
        _feeds.Dispose();
    }
}
