using System.Globalization;
using Syndication.Benchmarks.Compare;

namespace Syndication.Benchmarks.Serve;

/// <summary>
/// <c>serve [--seconds S] [--rounds R] [--connections 32,128] [--memory-corpus 100x1000] [--restart-corpus 10000] [--keep] [--smoke]</c>:
/// issue 9's targets in one run: the service (as the README configures it) against nginx serving the same bytes, in
/// interleaved wrk rounds, then deltas; on request, memory over a large corpus under a mixed load, and the first answers
/// after a restart. Prints each target MET or MISSED. <c>--smoke</c> is CI's pass: the seed comparison, one round of 1 s at
/// 32 connections, every response kind checked; skipped (exit 0) when nginx or wrk cannot be had.
/// </summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = new Arguments(args, ["--seconds", "--rounds", "--connections", "--memory-corpus", "--restart-corpus"], ["--smoke", "--keep"]);
        var smoke = options.Has("--smoke");
        var settings = smoke
            ? new ServeSettings(Seconds: 1, Rounds: 1, Connections: [32], WarmUp: false)
            : new ServeSettings(options.Number("--seconds", 10), options.Number("--rounds", 3), Connections(options.Text("--connections") ?? "32,128"), WarmUp: true);
        if (!await DebianPackages.EnsureAsync(NginxServer.Command, "nginx") || !await DebianPackages.EnsureAsync("wrk", "wrk"))
        {
            return smoke
                ? Skip("serve --smoke: nginx or wrk is missing and apt-get could not install it; skipped")
                : throw new InvalidOperationException("nginx or wrk is missing and apt-get could not install it");
        }

        var root = ServiceBuild.RepositoryRoot();
        var dll = ServiceBuild.Dll(root);
        if (!smoke)
        {
            await ServiceBuild.BuildAsync(root);
        }

        // The machine is shared by whatever else runs: the load before we start says how far to trust a ratio.
        var loadBefore = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
        var work = Directory.CreateTempSubdirectory("syndication-serve-").FullName;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        // Every wrk run and every wait has its own bound; this one ends whatever still hangs.
        using var timeout = new CancellationTokenSource(TimeSpan.FromHours(3));
        try
        {
            var seedWork = Directory.CreateDirectory(Path.Combine(work, "seed")).FullName;
            var seed = await SeedScenario.MeasureAsync(dll, root, seedWork, settings, http, Progress, timeout.Token);
            ServeReport.Seed(seed, settings, ServiceLog.Read(ShippedService.LogPath(seedWork)));
            MemoryResult? memory = null;
            if (options.Text("--memory-corpus") is { } memorySize)
            {
                var memoryWork = Directory.CreateDirectory(Path.Combine(work, "memory")).FullName;
                memory = await MemoryScenario.MeasureAsync(dll, root, memoryWork, CorpusSize.Parse(memorySize), settings, http, Progress, timeout.Token);
                ServeReport.Memory(memory, settings, ServiceLog.Read(ShippedService.LogPath(memoryWork)));
            }

            RestartResult? restart = null;
            if (options.Text("--restart-corpus") is { } restartSize)
            {
                var restartWork = Directory.CreateDirectory(Path.Combine(work, "restart")).FullName;
                restart = await RestartScenario.MeasureAsync(dll, root, restartWork, CorpusSize.Parse(restartSize), Progress, timeout.Token);
                ServeReport.Restart(restart, ServiceLog.Read(ShippedService.LogPath(restartWork)));
            }

            ServeTargets.Print(seed, memory, restart);
        }
        finally
        {
            if (!options.Has("--keep"))
            {
                Directory.Delete(work, recursive: true);
            }
        }

        Report.Line(Machine.Describe(await ToolsAsync()));
        Report.Line($"load average (1, 5, 15 min) before the first run: {loadBefore}");
        return 0;
    }

    private static List<int> Connections(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"--connections takes counts like 32,128, not '{text}'"))
            .ToList();

    /// <summary>nginx's and wrk's versions, for the machine line.</summary>
    private static async Task<string> ToolsAsync()
    {
        var nginx = (await ChildProcess.RunAsync(".", NginxServer.Command, "-v")).Output.Trim().Split(' ')[^1];
        var wrk = string.Join(' ', (await ChildProcess.RunAsync(".", "wrk", "-v")).Output.Split(' ').Take(2));
        return $"{nginx}, {wrk}";
    }

    private static void Progress(string line) => Console.Error.WriteLine($"serve: {line}");

    private static int Skip(string reason)
    {
        Console.Error.WriteLine(reason);
        return 0;
    }
}
