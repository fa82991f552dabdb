namespace Syndication.Benchmarks.Compare;

/// <summary>
/// <c>compare [--sizes 1000,10000,50000,100x1000] [--rounds R] [--keep] [--smoke]</c>: times a cold <c>generate</c>
/// against Hugo rendering its RSS over the same corpus, then our runs with nothing changed and with one article
/// edited, then the same in the running service (single-feed sizes), and prints each issue 8 target as MET or MISSED. <c>--smoke</c> is CI's quick pass: a 30-article corpus,
/// one round, Hugo only if installed, and the stage benchmarks' dry job.
/// </summary>
internal static class CompareCommand
{
    private const string DefaultSizes = "1000,10000,50000,100x1000";

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = new Arguments(args, ["--sizes", "--rounds"], ["--smoke", "--keep"]);
        var smoke = options.Has("--smoke");
        var sizes = CorpusSize.ParseList(options.Text("--sizes") ?? (smoke ? "30" : DefaultSizes));
        var root = ServiceBuild.RepositoryRoot();
        var dll = ServiceBuild.Dll(root);
        bool withHugo;
        if (smoke)
        {
            // dotnet run -c Release built the service already, as this project references it.
            withHugo = ChildProcess.OnPath("hugo");
        }
        else
        {
            withHugo = await HugoSite.EnsureInstalledAsync() ? true : throw new InvalidOperationException("hugo is missing and apt-get could not install it");
            await EnsureGnuTimeAsync();
            await ServiceBuild.BuildAsync(root);
        }

        var work = Directory.CreateTempSubdirectory("syndication-compare-").FullName;
        var run = new SizeRun(dll, withHugo, validate: smoke);
        var results = new List<SizeResult>();
        try
        {
            foreach (var size in sizes)
            {
                var rounds = options.Number("--rounds", size.Total <= 10_000 ? 3 : 1);
                var folder = Path.Combine(work, size.Label.Replace(",", "", StringComparison.Ordinal));
                results.Add(await run.MeasureAsync(size, smoke ? 1 : rounds, folder));
                Report.Size(results[^1], smoke ? 1 : rounds);
                if (!options.Has("--keep"))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
        finally
        {
            if (!options.Has("--keep"))
            {
                Directory.Delete(work, recursive: true);
            }
        }

        Report.Growth(results);
        Targets.Print(results);
        Report.Line(await Machine.DescribeAsync());
        return smoke ? Stages.StagesCommand.Smoke() : 0;
    }

    /// <summary>GNU time reports each child's peak memory; Debian's package is "time".</summary>
    private static async Task EnsureGnuTimeAsync()
    {
        if (!ChildProcess.CanMeasurePeak)
        {
            await Console.Error.WriteLineAsync("GNU time is missing: apt-get install -y time");
            var install = await ChildProcess.RunAsync(Directory.GetCurrentDirectory(), "apt-get", "install", "-y", "time");
            await Console.Error.WriteLineAsync(install.Succeeded ? "" : $"{install.Output}\npeak memory will not be measured");
        }
    }
}
