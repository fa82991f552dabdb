using Syndication.Benchmarks.Compare;
using Syndication.Benchmarks.Corpus;

namespace Syndication.Benchmarks.Serve;

/// <summary>
/// A document asked for from the moment the restarted process starts: its first 200 (whose own time includes the
/// process's first requests, compiled just in time), then the requests right after it.
/// </summary>
internal sealed record RestartDocument(string Path, string Coding, FirstOk First, IReadOnlyList<FirstOk> After)
{
    public TimeSpan SlowestAfter => After.Max(a => a.Took);
}

internal sealed record RestartResult(CorpusSize Size, TimeSpan StartupRun, IReadOnlyList<RestartDocument> Documents)
{
    public TimeSpan LatestFirst => Documents.Max(d => d.First.SinceStart);

    public TimeSpan SlowestAfter => Documents.Max(d => d.SlowestAfter);
}

/// <summary>
/// Issue 9's target 3: a generated corpus persisted by one run of the service, then a second process on that output,
/// asked from its start (every 20 ms, all at once) for documents of each kind in a compressed coding; the time of each
/// first 200 from process start, and how long the next few requests took, made at once, before its start-up run is awaited.
/// </summary>
internal static class RestartScenario
{
    private const int Repeats = 5;

    public static async Task<RestartResult> MeasureAsync(string dll, string root, string work, CorpusSize size, Action<string> progress, CancellationToken cancellationToken)
    {
        var feedsDir = Path.Combine(work, "feeds");
        progress($"restart: writing {size.Label} articles into {feedsDir}");
        var feed = CorpusWriter.Write(feedsDir, size.Feeds, size.Articles)[0].Name;
        await using (await ShippedService.StartedAsync(dll, root, work, feedsDir, size.Total, cancellationToken))
        {
            progress($"restart: the first process built {size.Label} articles; stopping it");
        }

        var documents = Documents(ServedUrls.In(ShippedService.Output(work)), feed);
        await using var service = ShippedService.Start(dll, root, work, feedsDir, size.Total);
        var firsts = await Task.WhenAll(documents.Select(d => service.FirstOkAsync(d.Path, d.Coding, cancellationToken)));
        // Asked again at once, while its start-up run may still go on: none of these may wait for it, or for a compression.
        var results = new List<RestartDocument>();
        foreach (var ((path, coding), first) in documents.Zip(firsts))
        {
            var after = new List<FirstOk>();
            for (var i = 0; i < Repeats; i++)
            {
                after.Add(await service.FirstOkAsync(path, coding, cancellationToken));
            }

            results.Add(new RestartDocument(path, coding, first, after));
            progress($"restart: {path} ({coding}) first 200 after {first.SinceStart.TotalSeconds:F2} s in {first.Encoding}, then {Interleaved.Milliseconds(after.Max(a => a.Took))} at most");
        }

        var run = await service.StartupRunAsync(cancellationToken);
        return new RestartResult(size, run, results);
    }

    /// <summary>The index, the first feed's Atom (gzip and br), the combined feed, one tag feed, the feed's first archive page and one article page, where they exist.</summary>
    private static List<(string Path, string Coding)> Documents(List<string> urls, string feed)
    {
        var prefix = $"/feeds/{feed}/";
        var chosen = new (string? Path, string Coding)[]
        {
            ("/", "gzip"),
            ($"/feeds/{feed}.atom", "gzip"),
            ($"/feeds/{feed}.atom", "br"),
            ("/feed.atom", "br"),
            (urls.FirstOrDefault(u => u.StartsWith(prefix + "tags/", StringComparison.Ordinal) && u.EndsWith(".atom", StringComparison.Ordinal) && !ServedUrls.IsArchivePage(u)), "br"),
            (urls.FirstOrDefault(u => u == prefix + "archive/1.atom"), "gzip"),
            (urls.FirstOrDefault(u => u.StartsWith(prefix, StringComparison.Ordinal) && ServedUrls.IsArticlePage(u)), "br"),
        };
        return [.. chosen.Where(d => d.Path is not null && urls.Contains(d.Path)).Select(d => (d.Path!, d.Coding))];
    }
}
