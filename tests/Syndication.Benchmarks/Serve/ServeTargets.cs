using static Syndication.Benchmarks.Compare.Report;
using static Syndication.Benchmarks.Compare.Targets;

namespace Syndication.Benchmarks.Serve;

/// <summary>Each target of issue 9 with what was measured against it, MET or MISSED.</summary>
internal static class ServeTargets
{
    /// <summary>The "MB", in bytes: 120 MB is 114 MiB.</summary>
    private const long Megabyte = 1_000_000;

    public static void Print(SeedResult seed)
    {
        Line("== issue 9 targets ==");
        foreach (var pair in seed.Pairs)
        {
            var floor = pair.Ours.Load.Kind == "304" ? 0.75 : 0.9;
            Target($"1. {pair.Ours.Load.Kind} at {pair.Connections} connections: >= {floor:F2}x nginx's requests per second", Ratio(pair.Ratio), pair.Ratio >= floor);
            Target($"1. {pair.Ours.Load.Kind} at {pair.Connections} connections: p99 <= 2x nginx's", Ratio(pair.P99Ratio), pair.P99Ratio <= 2);
        }

        Target("2. resident memory while serving the seed under load <= 120 MB", $"{Mib(seed.OursMaxResident)} at most (nginx {Mib(seed.NginxMaxResident)})",
            seed.OursMaxResident <= 120 * Megabyte);
        foreach (var pair in seed.Deltas.Pairs)
        {
            Target($"4. deltas in {pair.Reference.Load.Encoding} at {pair.Connections} connections: >= 0.5x the rate of the stored document", Ratio(pair.Ratio), pair.Ratio >= 0.5);
        }

        Line("");
    }
}
