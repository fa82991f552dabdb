using Syndication.Benchmarks.Compare;
using Syndication.Benchmarks.Corpus;

namespace Syndication.Benchmarks.Serve;

/// <summary>One service process under the mixed load: resident after its start-up run, its two passes (each with the most it held), resident at the end.</summary>
internal sealed record MemoryProcess(string Name, long? AfterStartupRun, WrkRun First, WrkRun Second, long? AtEnd)
{
    /// <summary>Steady state: the most it held during the second pass, or after it if more.</summary>
    public long? Steady => Second.MaxResident is { } pass && AtEnd is { } end ? Math.Max(pass, end) : Second.MaxResident ?? AtEnd;
}

internal sealed record MemoryResult(CorpusSize Size, int Urls, int ArchivePages, int ArticlePages, int Connections, IReadOnlyList<MemoryProcess> Processes);

/// <summary>
/// Issue 9's target 2b: a generated corpus (100x1000 for the target), the service building it on start into a fresh
/// output folder, then wrk requesting URLs picked at random from every document it serves, each in identity, gzip or br
/// at random, for two passes; then the same after a restart on that output. Memory is the service's resident set.
/// </summary>
internal static class MemoryScenario
{
    // URLS: the file of URL paths, one a line. A fixed seed, so every run asks the same sequence.
    private const string Script = """
        local paths = {}
        for line in io.lines([[URLS]]) do paths[#paths + 1] = line end
        local codings = { "identity", "gzip", "br" }
        math.randomseed(9)
        request = function()
          return wrk.format("GET", paths[math.random(#paths)], { ["Accept-Encoding"] = codings[math.random(#codings)] })
        end
        """;

    private const int Sampled = 30;

    public static async Task<MemoryResult> MeasureAsync(
        string dll, string root, string work, CorpusSize size, ServeSettings settings, HttpClient http, Action<string> progress, CancellationToken cancellationToken)
    {
        var feedsDir = Path.Combine(work, "feeds");
        progress($"memory: writing {size.Label} articles into {feedsDir}");
        CorpusWriter.Write(feedsDir, size.Feeds, size.Articles);
        var connections = settings.Connections.Max();
        var processes = new List<MemoryProcess>();
        List<string> urls = [];
        var script = Path.Combine(work, "mixed.lua");
        foreach (var name in new[] { "fresh build", "restarted" })
        {
            progress($"memory: starting the service ({name}) and waiting for its start-up run");
            await using var service = await ShippedService.StartedAsync(dll, root, work, feedsDir, size.Total, cancellationToken);
            var afterRun = service.Memory().Resident;
            if (urls.Count == 0)
            {
                urls = ServedUrls.In(ShippedService.Output(work));
                var list = Path.Combine(work, "urls.txt");
                await File.WriteAllLinesAsync(list, urls, cancellationToken);
                await File.WriteAllTextAsync(script, Script.Replace("URLS", list, StringComparison.Ordinal), cancellationToken);
            }

            var ours = new Server("ours", service.Address, () => service.Memory().Resident);
            // Spread over the sorted list: every kind of URL is checked by one request before wrk asks for them all.
            foreach (var url in Enumerable.Range(0, Sampled).Select(i => urls[i * urls.Count / Sampled]).Distinct())
            {
                await Requests.Stored(ours, url, "identity").FetchAsync(http, cancellationToken);
            }

            var first = await PassAsync(ours, connections, settings.Seconds, script, $"{name}, pass 1", progress);
            var second = await PassAsync(ours, connections, settings.Seconds, script, $"{name}, pass 2", progress);
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            processes.Add(new MemoryProcess(name, afterRun, first, second, service.Memory().Resident));
        }

        return new MemoryResult(size, urls.Count, urls.Count(ServedUrls.IsArchivePage), urls.Count(ServedUrls.IsArticlePage), connections, processes);
    }

    private static async Task<WrkRun> PassAsync(Server ours, int connections, int seconds, string script, string name, Action<string> progress)
    {
        var run = await Wrk.RunAsync(ours.Address, [], connections, seconds, ours.Resident, script);
        if (run.WrongStatus > 0)
        {
            throw new InvalidOperationException($"memory, {name}: {run.WrongStatus} of {run.Requests} responses to served URLs were not 2xx or 3xx");
        }

        progress($"memory: {name}: {ServeReport.N((long)run.RequestsPerSecond)} req/s, {Report.Mib(run.MaxResident)} resident at most");
        return run;
    }
}
