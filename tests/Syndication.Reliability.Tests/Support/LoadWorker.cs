using System.Diagnostics;
using System.Net;

namespace Syndication.Reliability.Tests.Support;

/// <summary>
/// One client of a load run: in turn a plain GET, gzip and brotli GETs, conditional GETs with the ETag it last saw,
/// HEAD, archive pages and article pages, as fast as the service answers, until the deadline.
/// </summary>
public sealed class LoadWorker(HttpClient client, string feed, int archivePages, int articles, LoadResults results)
{
    private static readonly string[] Formats = ["atom", "rss", "json"];
    private readonly Dictionary<string, string> _lastETags = new(StringComparer.Ordinal);

    public async Task RunAsync(int worker, DateTimeOffset deadline)
    {
        var latencies = results.NewLatencyList();
        var clock = new Stopwatch();
        for (var n = worker; DateTimeOffset.UtcNow < deadline; n++)
        {
            using var request = Next(n);
            clock.Restart();
            try
            {
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                var body = await response.Content.ReadAsByteArrayAsync();
                latencies.Add(clock.Elapsed.TotalMilliseconds);
                Check(request, response, body);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                results.Failure($"{request.Method} {request.RequestUri}: {e.GetType().Name}: {e.Message}");
            }
        }
    }

    private HttpRequestMessage Next(int n)
    {
        var (method, path, coding, conditional) = (n % 8) switch
        {
            0 => (HttpMethod.Get, $"/feeds/{feed}.atom", null, false),
            1 => (HttpMethod.Get, $"/feeds/{feed}.rss", "gzip", false),
            2 => (HttpMethod.Get, $"/feeds/{feed}.json", "br", false),
            3 => (HttpMethod.Get, $"/feeds/{feed}.atom", null, true),
            4 => (HttpMethod.Head, $"/feeds/{feed}.rss", null, false),
            5 => (HttpMethod.Get, $"/feeds/{feed}/archive/{1 + (n / 8 % archivePages)}.{Formats[n / 8 % 3]}", "gzip, br", n % 16 == 5),
            6 => (HttpMethod.Get, $"/feeds/{feed}/{TempFeeds.ArticleFile(1 + (n / 8 % articles))[..^3]}", null, true),
            _ => (HttpMethod.Get, $"/feeds/{feed}.json", "gzip", true),
        };
        var request = new HttpRequestMessage(method, path);
        if (coding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", coding);
        }

        if (conditional && _lastETags.TryGetValue(path + coding, out var etag))
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        request.Options.Set(new HttpRequestOptionsKey<string>("key"), path + coding);
        return request;
    }

    private void Check(HttpRequestMessage request, HttpResponseMessage response, byte[] body)
    {
        results.Status(response.StatusCode);
        var conditional = request.Headers.Contains("If-None-Match");
        if (response.StatusCode != HttpStatusCode.OK && !(conditional && response.StatusCode == HttpStatusCode.NotModified))
        {
            results.Failure($"{request.Method} {request.RequestUri} -> {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
            return;
        }

        if (response.Headers.ETag?.ToString() is { } etag)
        {
            request.Options.TryGetValue(new HttpRequestOptionsKey<string>("key"), out var key);
            _lastETags[key!] = etag;
            if (request.RequestUri!.OriginalString.EndsWith(".atom", StringComparison.Ordinal) && !request.RequestUri.OriginalString.Contains("/archive/", StringComparison.Ordinal))
            {
                results.SawETag(etag);
            }
        }

        if (response.StatusCode == HttpStatusCode.OK && request.Method == HttpMethod.Get && body.Length == 0)
        {
            results.Failure($"GET {request.RequestUri} -> 200 with an empty body");
        }
    }
}
