using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Syndication.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace Syndication.Reliability.Tests;

public sealed class LoadTests(ITestOutputHelper output) : IDisposable
{
    private const string Feed = "load";
    private const int Articles = 30;
    private const int ArchivePages = 5;
    private const int Workers = 64;

    // The heap, the JIT's tiers and the caches settle in the first 15 s or so of load (seen: 142 MiB at 1 s, a plateau of
    // 185-189 MiB from 15 s to 30 s); growth measured before then is warm-up, not a leak.
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(15);
    private readonly TempFeeds _content = new();

    /// <summary>SYNDICATION_LOAD_SECONDS=30 for the full run; 8 by default, so CI stays quick.</summary>
    private static int Seconds =>
        int.TryParse(Environment.GetEnvironmentVariable("SYNDICATION_LOAD_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 8;

    [Fact]
    public async Task Load_64ClientsWhilePublishingEverySecond_NoFailuresNo5xxAndSteadyMemory()
    {
        _content.AddFeed(Feed, "Load", "limit: 5\n");
        _content.WriteArticles(Feed, Articles);
        using var service = ServiceProcess.Start(_content, new Dictionary<string, string> { ["Syndication:Schedule"] = ServiceCommand.EverySecond });
        await service.WaitUntilServingAsync("/healthz", TimeSpan.FromSeconds(30));
        await Poll.UntilAsync(() => Runs(service.Output) > 0 ? "" : null, "the start-up run to publish everything", TimeSpan.FromSeconds(30));
        using var client = service.CreateClient();
        var results = new LoadResults();
        var duration = TimeSpan.FromSeconds(Seconds);
        var started = DateTimeOffset.UtcNow;
        var measured = started + WarmUp;
        var deadline = measured + duration;
        var runsBefore = Runs(service.Output);

        var workers = Enumerable.Range(0, Workers)
            .Select(w => Task.Run(() => new LoadWorker(client, Feed, ArchivePages, Articles, results).RunAsync(w, deadline)))
            .ToList();
        var edits = EditEverySecondAsync(deadline);
        var samples = await SampleWorkingSetAsync(service, measured, deadline);
        await Task.WhenAll(workers);
        var editCount = await edits;
        var elapsed = DateTimeOffset.UtcNow - started;

        var (count, p50, p99, max) = results.Latency();
        var runs = Runs(service.Output) - runsBefore;
        var workingSetAtThird = samples.First(x => x.Seconds >= duration.TotalSeconds / 3).Bytes;
        var workingSetAtEnd = samples[^1].Bytes;
        var growth = (double)(workingSetAtEnd - workingSetAtThird) / workingSetAtThird;
        output.WriteLine($"{Workers} workers for {elapsed.TotalSeconds:0.0} s: {count} requests, {count / elapsed.TotalSeconds:0} req/s, " +
            $"p50 {p50:0.0} ms, p99 {p99:0.0} ms, max {max:0} ms");
        output.WriteLine("statuses: " + string.Join(", ", results.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")) +
            $"; failures {results.Failures.Count}; 5xx {results.ServerErrors}");
        output.WriteLine($"{editCount} content edits, {runs} scheduled runs that changed documents, {results.DistinctETags} distinct {Feed}.atom ETags served");
        output.WriteLine($"after {WarmUp.TotalSeconds:0} s of warm-up under the same load: working set at 1/3: {workingSetAtThird / 1048576.0:0.0} MiB, at end: {workingSetAtEnd / 1048576.0:0.0} MiB, growth {growth:P1}; " +
            "every second: " + string.Join(" ", samples.Where(x => x.Seconds % 1 < 0.5).Select(x => $"{x.Bytes / 1048576.0:0}")));

        foreach (var line in service.Output.Split('\n').Where(l => l.Trim().Length > 0 && (!l.Contains(" INF] ", StringComparison.Ordinal) || l.Contains("removed", StringComparison.Ordinal))).Take(20))
        {
            output.WriteLine("service: " + line.TrimEnd());
        }

        Assert.True(results.Failures.Count == 0, string.Join("\n", results.Failures));
        Assert.Equal(0, results.ServerErrors);
        Assert.True(count >= Workers * Seconds, $"only {count} requests");
        Assert.True(results.DistinctETags >= 2 && runs >= 2, "the documents did not change during the run, so it did not test reads during publishing");
        Assert.True(growth < 0.10, $"working set grew {growth:P1} between 1/3 and the end of the run");
        Assert.False(service.HasExited, service.Output);
    }

    /// <summary>The service's working set every half second from <paramref name="started"/> until just before the deadline, with the seconds since then.</summary>
    private static async Task<List<(double Seconds, long Bytes)>> SampleWorkingSetAsync(ServiceProcess service, DateTimeOffset started, DateTimeOffset deadline)
    {
        var samples = new List<(double Seconds, long Bytes)>();
        for (var next = started; next < deadline - TimeSpan.FromMilliseconds(100); next += TimeSpan.FromMilliseconds(500))
        {
            if (next > DateTimeOffset.UtcNow)
            {
                await Task.Delay(next - DateTimeOffset.UtcNow);
            }

            samples.Add(((next - started).TotalSeconds, service.WorkingSet()));
        }

        return samples;
    }

    /// <summary>Changes the newest article once a second until the deadline, so every scheduled run has something to publish.</summary>
    private async Task<int> EditEverySecondAsync(DateTimeOffset deadline)
    {
        var edits = 0;
        while (DateTimeOffset.UtcNow < deadline - TimeSpan.FromSeconds(0.5))
        {
            edits++;
            _content.WriteArticle(Feed, TempFeeds.ArticleFile(Articles), TempFeeds.NumberedArticle(Articles, $"edit {edits}"));
            await Task.Delay(1000);
        }

        return edits;
    }

    private static int Runs(string log) => Regex.Count(log, $"Feed {Feed} regenerated: [0-9]+ entries, changed True");

    public void Dispose() => _content.Dispose();
}
