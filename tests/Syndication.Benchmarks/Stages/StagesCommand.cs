using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Syndication.Benchmarks.Stages;

/// <summary><c>stages [BenchmarkDotNet options]</c>: runs the stage benchmarks (all of them unless a --filter is given).</summary>
internal static class StagesCommand
{
    public static int Run(IReadOnlyList<string> args)
    {
        // Without a filter BenchmarkDotNet asks on the console which to run; nobody may be there to answer.
        var withFilter = args.Any(a => a is "--filter" or "-f") ? args.ToArray() : [.. args, "--filter", "*"];
        return Succeeded(Switcher().Run(withFilter)) ? 0 : 1;
    }

    /// <summary>CI's check that the benchmarks still run: one stage, each case once (the dry job), in this process.</summary>
    public static int Smoke()
    {
        var config = DefaultConfig.Instance
            .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "syndication-benchmark-smoke"));
        return Succeeded(Switcher().Run(["--filter", "*" + nameof(SerialiseStage) + "*"], config)) ? 0 : 1;
    }

    private static BenchmarkSwitcher Switcher() => BenchmarkSwitcher.FromAssembly(typeof(StagesCommand).Assembly);

    private static bool Succeeded(IEnumerable<Summary> summaries)
    {
        var all = summaries.ToList();
        return all.Count > 0 && all.All(s => !s.HasCriticalValidationErrors && s.Reports.Length > 0 && s.Reports.All(r => r.Success));
    }
}
