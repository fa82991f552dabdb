using System.Net;
using Syndication.Benchmarks.Compare;
using static Syndication.Benchmarks.Compare.Report;
using static Syndication.Benchmarks.Compare.Targets;

namespace Syndication.Benchmarks.Serve;

/// <summary>Each target of issue 9 with what was measured against it, MET or MISSED.</summary>
internal static class ServeTargets
{
    /// <summary>The issue's "MB", in bytes: 120 MB is 114 MiB.</summary>
    private const long Megabyte = 1_000_000;

    /// <summary>A request that waited for a run or a compression would take that long or more: far above a served document's milliseconds.</summary>
    private static readonly TimeSpan NoWait = TimeSpan.FromMilliseconds(100);

    public static void Print(SeedResult seed, MemoryResult? memory, RestartResult? restart)
    {
        Line("== issue 9 targets ==");
        foreach (var pair in seed.Pairs)
        {
            var floor = pair.Ours.Load.Status == HttpStatusCode.NotModified ? 0.75 : 0.9;
            Target($"1. {pair.Ours.Load.Kind} at {pair.Connections} connections: >= {floor:F2}x nginx's requests per second", Ratio(pair.Ratio), pair.Ratio >= floor);
            Target($"1. {pair.Ours.Load.Kind} at {pair.Connections} connections: p99 <= 2x nginx's", Ratio(pair.P99Ratio), pair.P99Ratio <= 2);
        }

        Target("2. resident memory while serving the seed under load <= 120 MB", $"{Mib(seed.OursMaxResident)} at most (nginx {Mib(seed.NginxMaxResident)})",
            seed.OursMaxResident <= 120 * Megabyte);
        if (memory is null)
        {
            Line("  2. 100 feeds of 1,000 articles served in <= 300 MB steady state: not measured (--memory-corpus 100x1000)");
        }
        else
        {
            var steady = memory.Processes.Max(p => p.Steady);
            Target("2. 100 feeds of 1,000 articles served in <= 300 MB steady state, whatever mix is requested",
                $"{Mib(steady)} at most in the second pass or after it ({Where(memory.Size, "100x1,000")})", steady <= 300 * Megabyte);
        }

        if (restart is null)
        {
            Line("  3. after a restart with 10,000 articles: not measured (--restart-corpus 10000)");
        }
        else
        {
            Target("3. after a restart, the first 200 for any document within 1.5 s of process start",
                $"{restart.LatestFirst.TotalSeconds:F2} s for the last of {restart.Documents.Count} ({Where(restart.Size, "10,000")})", restart.LatestFirst <= TimeSpan.FromSeconds(1.5));
            Target($"3. after a restart, no request waits for compression or a run (each after the first 200 <= {NoWait.TotalMilliseconds:F0} ms)",
                $"{Interleaved.Milliseconds(restart.SlowestAfter)} the slowest ({Where(restart.Size, "10,000")})", restart.SlowestAfter <= NoWait);
        }

        foreach (var pair in seed.Deltas.Pairs)
        {
            Target($"4. deltas in {pair.Reference.Load.Encoding} at {pair.Connections} connections: >= 0.5x the rate of the stored document", Ratio(pair.Ratio), pair.Ratio >= 0.5);
        }

        Line("");
    }

    private static string Where(CorpusSize size, string named) => size.Label == named ? $"at {named}" : $"at {size.Label}; the target names {named}";
}
