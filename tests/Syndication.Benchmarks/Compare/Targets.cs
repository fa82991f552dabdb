using System.Globalization;
using static Syndication.Benchmarks.Compare.Report;

namespace Syndication.Benchmarks.Compare;

/// <summary>Each target of issue 8 with what was measured against it, MET or MISSED.</summary>
internal static class Targets
{
    /// <summary>Timing noise allowed before a per-article cost that grows counts as worse than linear.</summary>
    private const double LinearSlack = 1.10;

    public static void Print(IReadOnlyList<SizeResult> results)
    {
        Line("== issue 8 targets ==");
        var singles = results.Where(r => r.Size.Feeds == 1).OrderBy(r => r.Size.Articles).ToList();
        var main = singles.FirstOrDefault(r => r.Size.Articles == 10_000) ?? singles.LastOrDefault() ?? results[^1];
        var where = main.Size is { Feeds: 1, Articles: 10_000 } ? "at 10,000" : $"at {main.Size.Label}; the target names 10,000";
        var ours = main.OursMedian;
        if (main.HugoMedian is { } hugo)
        {
            var time = ours.Wall / hugo.Wall;
            Target("1. cold generate time <= 0.25x Hugo's", $"{Ratio(time)} ({where})", time <= 0.25);
            var peak = (double?)ours.PeakBytes / hugo.PeakBytes;
            Target("1. cold generate peak memory <= 0.3x Hugo's", $"{Ratio(peak)} ({where})", peak <= 0.3);
        }
        else
        {
            Line("  1. (no Hugo runs: not measured)");
        }

        if (main.InService is { } service)
        {
            Incrementals("in the service", service.NoChange, service.OneChange, service.FullBuild, where);
        }
        else
        {
            Line($"  2. in the service: not measured ({where})");
        }

        Incrementals("generate processes", main.NoChange, main.OneChange, ours, where);
        Growth(results, singles);
        if (ours.Cpu is { } cpu)
        {
            Target("3. both cores used (cpu/wall >= 1.5 on the cold build)", $"{cpu / ours.Wall:F2} ({where})", cpu / ours.Wall >= 1.5);
        }

        var restarts = results.Where(r => r.InService?.RestartSourcesOpened is not null).ToList();
        Target("4. in the service, start-up with persisted output re-parses nothing unchanged (sources opened by its start-up run)",
            restarts.Count == 0 ? "not measured" : string.Join(", ", restarts.Select(r => $"{N(r.InService!.RestartSourcesOpened!.Value)} of {N(r.Size.Total)}")),
            restarts.Count > 0 && restarts.All(r => r.InService!.RestartSourcesOpened == 0));
        var watched = results.Where(r => r.SourcesRead is not null).ToList();
        Target("4. generate processes, a run over persisted output re-parses nothing unchanged (sources opened, nothing changed)",
            watched.Count == 0 ? "not measured (no inotify)" : string.Join(", ", watched.Select(r => $"{N(r.SourcesRead!.Value)} of {N(r.Size.Total)}")),
            watched.Count > 0 && watched.All(r => r.SourcesRead == 0));
        Line("");
    }

    /// <summary>Per-article cost of full and incremental runs from each single-feed size to the next, and of F feeds of N against one of N.</summary>
    private static void Growth(IReadOnlyList<SizeResult> results, List<SizeResult> singles)
    {
        var steps = singles.Zip(singles.Skip(1)).ToList();
        foreach (var many in results.Where(r => r.Size.Feeds > 1))
        {
            // Against one feed of as many articles as each of its feeds, else the largest single feed not above its total.
            var one = singles.FirstOrDefault(s => s.Size.Articles == many.Size.Articles) ?? singles.LastOrDefault(s => s.Size.Total <= many.Size.Total);
            if (one is not null)
            {
                steps.Add((one, many));
            }
        }

        if (steps.Count == 0)
        {
            Line("  3. growth: needs two sizes (not measured)");
            return;
        }

        var kinds = new (string Name, Func<SizeResult, TimeSpan> Time)[]
        {
            ("full", r => r.OursMedian.Wall), ("nothing changed", r => r.NoChange.Run.Wall), ("one edited", r => r.OneChange.Run.Wall),
        };
        foreach (var (name, time) in kinds)
        {
            var factors = steps.Select(s => (s.Item1, s.Item2, Factor: time(s.Item2) / s.Item2.Size.Total / (time(s.Item1) / s.Item1.Size.Total))).ToList();
            Target($"3. {name}: growth linear or better (time per article grows <= {LinearSlack:F2}x per step)",
                string.Join(", ", factors.Select(f => $"{f.Item1.Size.Label} -> {f.Item2.Size.Label}: {f.Factor.ToString("F2", CultureInfo.InvariantCulture)}x")),
                factors.All(f => f.Factor <= LinearSlack));
        }
    }

    /// <summary>Target 2 for runs measured one way (<paramref name="how"/>) against the full build measured the same way.</summary>
    private static void Incrementals(string how, Incremental none, Incremental one, Measured full, string where)
    {
        Target($"2. {how}, nothing changed: <= 1 % of the full build, nothing written",
            $"{Percent(none.Run, full)}, {N(none.Changes.Written.Count)} files written ({where})",
            none.Run.Wall / full.Wall <= 0.01 && none.Changes.Written.Count == 0);
        var documents = one.Changes.Documents.Count();
        Target($"2. {how}, one article changed: <= 3 % of the full build, only documents holding it rewritten",
            $"{Percent(one.Run, full)}, {N(one.DocumentsHoldingChange)} of {N(documents)} documents written hold it ({where})",
            one.Run.Wall / full.Wall <= 0.03 && documents == one.DocumentsHoldingChange);
    }

    public static void Target(string target, string measured, bool met) =>
        Line($"  {(met ? "MET   " : "MISSED")} {target}: {measured}");
}
