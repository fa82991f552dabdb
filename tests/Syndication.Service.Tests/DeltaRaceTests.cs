using System.Diagnostics;
using System.Net;
using System.Text.Json;
using CodeHollow.FeedReader;
using Syndication.Service.Tests.Support;
using Xunit.Abstractions;

namespace Syndication.Service.Tests;

/// <summary>RFC 3229+feed under concurrent publishing: a client that applies every 200 and 226 it gets never misses an entry.</summary>
public sealed class DeltaRaceTests(ITestOutputHelper output) : IDisposable
{
    private const int Runs = 30;
    private static readonly (string Path, string? Coding)[] Clients =
    [
        ("/feeds/news.atom", null), ("/feeds/news.atom", "gzip"), ("/feeds/news.rss", "br"), ("/feeds/news.rss", null), ("/feeds/news.json", "gzip"),
    ];

    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();

    [Fact]
    public async Task ClientsPollingWithAImWhileRunsPublish_EndHoldingEveryEntryOfTheFinalDocument()
    {
        using var factory = new ServiceFactory(_feeds);
        using var client = factory.CreateClient();
        (await client.WaitForAsync("/feeds/news.json")).Dispose();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        using var publishing = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();

        var pollers = Clients.Select(c => Task.Run(() => PollAsync(client, c.Path, c.Coding, publishing.Token, limit.Token))).ToList();
        for (var i = 0; i < Runs && !limit.IsCancellationRequested; i++)
        {
            _feeds.WriteArticle("news", $"entry-{i}.md", TempFeeds.Article($"Entry {i}", $"2024-02-{1 + (i % 28):00}"));
            await client.RegenerateAsync();
            await Task.Delay(200, limit.Token);
        }

        await publishing.CancelAsync();
        var states = await Task.WhenAll(pollers);

        output.WriteLine($"{Runs} runs in {clock.Elapsed.TotalSeconds:0.0} s; per client 200/226/304: "
            + string.Join(", ", states.Select(s => $"{s.Path} {s.Coding ?? "identity"} {s.Full}/{s.Deltas}/{s.NotModified}")));
        var lost = new List<string>();
        foreach (var state in states)
        {
            using var final = await client.GetAsync(state.Path);
            var expected = EntryIds(state.Path, await final.Content.ReadAsByteArrayAsync());
            Assert.Equal(Runs + 1, expected.Count);
            var missing = expected.Except(state.Ids).ToList();
            if (missing.Count > 0 || final.Headers.ETag!.Tag != IdentityTag(state.ETag!))
            {
                lost.Add($"{state.Path} ({state.Coding ?? "identity"}) holds ETag {state.ETag} for {final.Headers.ETag}, misses {missing.Count}: {string.Join(' ', missing.Take(3))}");
            }
        }

        Assert.True(lost.Count == 0, string.Join("\n", lost));

        Assert.True(states.Sum(s => s.Deltas) >= Runs, $"only {states.Sum(s => s.Deltas)} deltas served: the polling did not overlap the publishing");
    }

    private static string IdentityTag(string etag) => etag.Replace("-gzip\"", "\"", StringComparison.Ordinal).Replace("-br\"", "\"", StringComparison.Ordinal);

    /// <summary>One reader: applies each 200 (replace) and 226 (add) to its set of entry ids, until publishing ends, then once more.</summary>
    private static async Task<ClientState> PollAsync(HttpClient client, string path, string? coding, CancellationToken publishing, CancellationToken limit)
    {
        var state = new ClientState(path, coding);
        while (!publishing.IsCancellationRequested && !limit.IsCancellationRequested)
        {
            await PollOnceAsync(client, state, limit);
            // A breath between polls, so the readers leave the runs some of the two cores this is tested on.
            await Task.Delay(1, limit);
        }

        await PollOnceAsync(client, state, limit);
        return state;
    }

    private static async Task PollOnceAsync(HttpClient client, ClientState state, CancellationToken limit)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, state.Path);
        request.Headers.TryAddWithoutValidation("A-IM", "feed");
        if (state.Coding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", state.Coding);
        }

        if (state.ETag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", state.ETag);
        }

        using var response = await client.SendAsync(request, limit);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            state.NotModified++;
            return;
        }

        Assert.True(response.StatusCode is HttpStatusCode.OK or (HttpStatusCode)226, $"{state.Path}: {(int)response.StatusCode}");
        var ids = EntryIds(state.Path, Representations.Identity(await response.Content.ReadAsByteArrayAsync(limit), response.Content.Headers.ContentEncoding.SingleOrDefault()));
        if (response.StatusCode == HttpStatusCode.OK)
        {
            state.Full++;
            state.Ids.Clear();
        }
        else
        {
            state.Deltas++;
        }

        state.Ids.UnionWith(ids);
        state.ETag = response.Headers.ETag!.Tag;
    }

    /// <summary>Entry ids as a reader sees them: CodeHollow.FeedReader for Atom and RSS, the JSON Feed "id" of each item.</summary>
    private static HashSet<string> EntryIds(string path, byte[] body)
    {
        if (path.EndsWith(".json", StringComparison.Ordinal))
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
        }

        return FeedReader.ReadFromByteArray(body).Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
    }

    public void Dispose() => _feeds.Dispose();

    private sealed class ClientState(string path, string? coding)
    {
        public string Path { get; } = path;

        public string? Coding { get; } = coding;

        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

        public string? ETag { get; set; }

        public int Full { get; set; }

        public int Deltas { get; set; }

        public int NotModified { get; set; }
    }
}
