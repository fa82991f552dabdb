using Syndication.Benchmarks.Corpus;

namespace Syndication.Benchmarks.Compare;

/// <summary>
/// What the service costs while it runs, where issue 8 measures its targets 2 and 4: the start-up run on a fresh output
/// folder (the full build), a run with nothing changed, a run after one article was edited, and a restart on the output
/// it left. Times are the service's own <c>durationMs</c> for each run; memory is the process's resident set.
/// </summary>
internal sealed record InService(
    Measured FullBuild,
    long? ResidentAfterFullBuild,
    Incremental NoChange,
    int WrittenByFirstNoChange,
    Incremental OneChange,
    TimeSpan RestartFirstOk,
    Measured RestartRun,
    int? RestartSourcesOpened,
    bool RestartSourcesIsLowerBound,
    long? ResidentAfterRestart);

/// <summary>Runs the service through the steps of <see cref="InService"/>, one process for the first three and a second for the restart.</summary>
internal static class InServiceRun
{
    /// <summary>Appended to the edited article in the service, unlike <see cref="SizeRun.Edit"/> which the generate runs appended before.</summary>
    public const string Edit = "This sentence was appended by the benchmark while the service ran";

    public static async Task<InService> MeasureAsync(string dll, string feedsDir, IReadOnlyList<WrittenFeed> feeds, WrittenArticle edited, string work, Action<string> progress)
    {
        var output = Path.Combine(work, "service-out");
        var log = Path.Combine(work, "service.log");
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        // A bound on every wait: far above the ~15 ms per article of a full build today, so only a hang reaches it.
        var articles = feeds.Sum(f => f.Articles.Count);
        var bound = TimeSpan.FromSeconds(120) + TimeSpan.FromMilliseconds(100) * articles;
        using var timeout = new CancellationTokenSource(bound * 4);
        var cancel = timeout.Token;

        Measured fullBuild;
        long? residentAfterFull;
        Incremental noChange;
        int writtenByFirst;
        Incremental oneChange;
        await using (var service = ServiceProcess.Start(dll, feedsDir, output, log, bound))
        {
            fullBuild = Run(await service.StartupRunAsync(cancel));
            residentAfterFull = service.Memory().Resident;
            progress($"in the service: full build (start-up run) {Show(fullBuild)}, {Report.Mib(residentAfterFull)} resident");

            var fresh = OutputSnapshot.Take(output);
            await service.RegenerateAsync(cancel);
            var afterFirst = OutputSnapshot.Take(output);
            writtenByFirst = afterFirst.Since(fresh).Written.Count;
            var second = Run(await service.RegenerateAsync(cancel));
            var afterSecond = OutputSnapshot.Take(output);
            noChange = new Incremental(second, afterSecond.Since(afterFirst), 0);
            progress($"in the service: nothing changed {Show(second)}, {noChange.Changes.Written.Count} files written ({writtenByFirst} by the run before)");

            await File.AppendAllTextAsync(edited.Path, $"\n{Edit}.\n", cancel);
            var run = Run(await service.RegenerateAsync(cancel));
            var afterEdit = OutputSnapshot.Take(output);
            var changes = afterEdit.Since(afterSecond);
            oneChange = new Incremental(run, changes, changes.Documents.Count(f => afterEdit.Contains(f, Edit)));
            progress($"in the service: one article edited {Show(run)}, {changes.Written.Count} files written");
        }

        // The restart: sources opened are counted from before the process starts until its start-up run has finished.
        var reads = SourceReads.Watch(feeds.Select(f => f.Folder));
        try
        {
            await using var restarted = ServiceProcess.Start(dll, feedsDir, output, log, bound);
            var firstOk = await restarted.FirstOkAsync($"feeds/{feeds[0].Name}.atom", cancel);
            var startupRun = Run(await restarted.StartupRunAsync(cancel));
            var opened = reads?.Stop();
            var resident = restarted.Memory().Resident;
            progress($"in the service: restart, first 200 after {firstOk.TotalSeconds:F2} s, start-up run {Show(startupRun)}, "
                + $"{(opened is { } n ? Report.N(n) : "?")} sources opened, {Report.Mib(resident)} resident");
            return new InService(fullBuild, residentAfterFull, noChange, writtenByFirst, oneChange, firstOk, startupRun, opened, reads?.Overflowed ?? false, resident);
        }
        finally
        {
            reads?.Dispose();
        }
    }

    private static Measured Run(TimeSpan duration) => new(duration, null, null, 0, "");

    private static string Show(Measured run) => $"{run.Wall.TotalMilliseconds:F0} ms";
}
