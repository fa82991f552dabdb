using System.Collections.Concurrent;
using System.Net;
using CodeHollow.FeedReader;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Syndication.Service.Publishing;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>WebSub subscribers fetch as soon as they hear of a change: by then the version they hear of must be the one served.</summary>
public sealed class AnnounceOrderTests : IDisposable
{
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();

    [Fact]
    public async Task WhenHubsAreTold_ADeltaRequestAlreadyGetsTheNewEntryAndETag()
    {
        var announcer = new FetchingAnnouncer();
        using var factory = new ServiceFactory(_feeds).WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ITopicAnnouncer>(announcer)));
        using var client = factory.CreateClient();
        await client.RegenerateAsync();
        announcer.Start(client, await ETagsAsync(client));
        _feeds.WriteArticle("news", "second-post.md", TempFeeds.Article("Second post", "2024-01-03"));

        await client.RegenerateAsync();

        var seen = announcer.Seen.ToList();
        Assert.Equal(["/feeds/news.atom", "/feeds/news.json", "/feeds/news.rss"], seen.Select(s => s.Path).Order(StringComparer.Ordinal));
        var current = await ETagsAsync(client);
        foreach (var (path, status, etag, titles) in seen)
        {
            Assert.True(status == (HttpStatusCode)226, $"{path}: {(int)status} while hubs were being told");
            Assert.Equal(current[path], etag);
            Assert.Equal(["Second post"], titles);
        }
    }

    private static async Task<Dictionary<string, string>> ETagsAsync(HttpClient client)
    {
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in (string[])["/feeds/news.atom", "/feeds/news.rss", "/feeds/news.json"])
        {
            using var response = await client.GetAsync(path);
            etags[path] = response.Headers.ETag!.Tag;
        }

        return etags;
    }

    public void Dispose() => _feeds.Dispose();

    /// <summary>Stands where WebSub is: on each announcement it fetches the topic with the ETag it held, before the run goes on.</summary>
    private sealed class FetchingAnnouncer : ITopicAnnouncer
    {
        private HttpClient? _client;
        private Dictionary<string, string> _held = [];

        public ConcurrentQueue<(string Path, HttpStatusCode Status, string? ETag, string[] Titles)> Seen { get; } = new();

        public void Start(HttpClient client, Dictionary<string, string> held) => (_client, _held) = (client, held);

        public void Announce(IEnumerable<Uri> topics)
        {
            foreach (var topic in _client is null ? [] : topics)
            {
                // Synchronous on purpose: the run waits, as it would if the hub answered at once.
                Seen.Enqueue(FetchAsync(topic.AbsolutePath).GetAwaiter().GetResult());
            }
        }

        private async Task<(string, HttpStatusCode, string?, string[])> FetchAsync(string path)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("A-IM", "feed");
            request.Headers.TryAddWithoutValidation("If-None-Match", _held[path]);
            using var response = await _client!.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            string[] titles = response.StatusCode != (HttpStatusCode)226 ? []
                : path.EndsWith(".json", StringComparison.Ordinal) ? JsonTitles(body)
                : FeedReader.ReadFromString(body).Titles();
            return (path, response.StatusCode, response.Headers.ETag?.Tag, titles);
        }

        private static string[] JsonTitles(string body)
        {
            using var json = System.Text.Json.JsonDocument.Parse(body);
            return [.. json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!)];
        }
    }
}
