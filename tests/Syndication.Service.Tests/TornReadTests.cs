using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Syndication.Service.Tests.Support;
using Xunit.Abstractions;

namespace Syndication.Service.Tests;

public sealed class TornReadTests(ITestOutputHelper output) : IDisposable
{
    private const int Regenerations = 60;
    private const int MinimumReads = 10_000;
    private const int Readers = 4;
    private static readonly string[] Paths = ["/feeds/news.atom", "/feeds/news.rss", "/feeds/news.json"];
    private static readonly string?[] Codings = [null, "gzip", "br"];
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly ConcurrentDictionary<string, byte> _atomVersions = new(StringComparer.Ordinal);
    private int _reads;

    [Fact]
    public async Task ReadsWhileRepublishing_AreAlwaysWholeDocumentsMatchingTheirETag()
    {
        _feeds.WriteArticle("news", "second-post.md", TempFeeds.Article("Second post", "2024-01-03"));
        using var factory = new ServiceFactory(_feeds);
        using var client = factory.CreateClient();
        // The whole start-up run, not only its first document: RSS and JSON are written after Atom.
        await client.WaitForFirstRunAsync();
        var clock = Stopwatch.StartNew();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120));

        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < Regenerations; i++)
            {
                // Bodies of different lengths, so a torn document could not pass as a whole one by accident.
                _feeds.WriteArticle("news", "first-post.md", TempFeeds.Article($"First post {i}", "2024-01-02", string.Join(' ', Enumerable.Repeat($"word{i}", 20 + (i * 37 % 200)))));
                Assert.True((await client.RegenerateAsync()).Feed("news").GetProperty("changed").GetBoolean());
            }
        });
        var readers = Enumerable.Range(0, Readers).Select(r => Task.Run(async () =>
        {
            for (var n = r; !limit.IsCancellationRequested && !(writer.IsCompleted && Volatile.Read(ref _reads) >= MinimumReads); n++)
            {
                await ReadOnceAsync(client, Paths[n % Paths.Length], Codings[n / Paths.Length % Codings.Length]);
                Interlocked.Increment(ref _reads);
            }
        })).ToList();
        await writer;
        await Task.WhenAll(readers);

        output.WriteLine($"{_reads} reads during {Regenerations} regenerations in {clock.Elapsed.TotalSeconds:0.0} s; {_atomVersions.Count} versions of news.atom seen; {_failures.Count} failures");
        Assert.True(_failures.IsEmpty, string.Join("\n", _failures.Take(20)));
        Assert.True(_reads >= MinimumReads, $"only {_reads} reads in the time allowed");
        Assert.True(_atomVersions.Count >= 10, $"only {_atomVersions.Count} versions seen: the reads did not overlap the publishing");
    }

    private async Task ReadOnceAsync(HttpClient client, string path, string? coding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (coding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", coding);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        var what = $"{path} ({coding ?? "identity"})";
        var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
        if (response.StatusCode != HttpStatusCode.OK || encoding != coding || response.Content.Headers.ContentLength != body.Length)
        {
            _failures.Enqueue($"{what}: {(int)response.StatusCode}, Content-Encoding {encoding}, Content-Length {response.Content.Headers.ContentLength} for {body.Length} bytes");
            return;
        }

        try
        {
            var identity = Representations.Identity(body, encoding);
            var etag = response.Headers.ETag?.ToString();
            if (etag != Representations.ETag(identity, encoding))
            {
                _failures.Enqueue($"{what}: ETag {etag} is not the one of the {identity.Length} bytes served ({Representations.ETag(identity, encoding)})");
            }

            if (path.EndsWith(".json", StringComparison.Ordinal))
            {
                JsonDocument.Parse(identity).Dispose();
            }
            else
            {
                _ = XDocument.Load(new MemoryStream(identity));
            }

            if (path.EndsWith(".atom", StringComparison.Ordinal))
            {
                _atomVersions.TryAdd(Representations.ETag(identity, null), 0);
            }
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or System.Xml.XmlException)
        {
            _failures.Enqueue($"{what}: {e.GetType().Name}: {e.Message}");
        }
    }

    public void Dispose() => _feeds.Dispose();
}
