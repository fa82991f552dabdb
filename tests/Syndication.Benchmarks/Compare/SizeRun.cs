using Syndication.Benchmarks.Corpus;

namespace Syndication.Benchmarks.Compare;

/// <summary>
/// Measures one corpus size: cold rounds of Hugo and of ours, interleaved so that whatever else the machine does
/// falls on both alike, each into a fresh output folder; then, over the last output, our run with nothing changed
/// and our run after one article was edited; then, on one feed, the same in the running service (<see cref="InServiceRun"/>).
/// </summary>
internal sealed class SizeRun(string serviceDll, bool withHugo, bool validate)
{
    /// <summary>Appended to the edited article; found again in every document that carries it.</summary>
    public const string Edit = "This sentence was appended by the benchmark to change one article";

    public async Task<SizeResult> MeasureAsync(CorpusSize size, int rounds, string work)
    {
        var feedsDir = Path.Combine(work, "feeds");
        Progress(size, $"writing the corpus into {work}");
        var feeds = CorpusWriter.Write(feedsDir, size.Feeds, size.Articles);
        if (validate)
        {
            // validate exits 0 only when no article has any problem, warnings included: the corpus is what we say it is.
            Check(await ChildProcess.RunAsync(work, "dotnet", serviceDll, "validate", "--feeds", feedsDir), "validate");
            Progress(size, "validate: no problems");
        }

        var published = feeds.Sum(f => f.Articles.Count(a => !a.Draft));
        var site = Path.Combine(work, "hugo");
        if (withHugo)
        {
            HugoSite.Create(site, feeds);
        }

        var hugo = new List<Measured>();
        var ours = new List<Measured>();
        var output = "";
        for (var round = 1; round <= rounds; round++)
        {
            if (withHugo)
            {
                var destination = Path.Combine(work, $"hugo-out-{round}");
                var run = Check(await ChildProcess.RunAsync(work, "hugo", HugoSite.Arguments(site, destination)), "hugo");
                var items = HugoSite.Items(destination);
                if (items != published)
                {
                    throw new InvalidOperationException($"hugo published {items} items, not the corpus's {published}");
                }

                hugo.Add(run);
                Progress(size, $"round {round}/{rounds} hugo {Show(run)}");
                Directory.Delete(destination, recursive: true);
            }

            // Earlier rounds' outputs stay until all rounds are done: thousands of files deleted just before a run make
            // the file system search for free inodes (ext4's recently-deleted check), a cost of the benchmark, not of the build.
            output = Path.Combine(work, $"out-{round}");
            ours.Add(await GenerateAsync(feedsDir, output));
            Progress(size, $"round {round}/{rounds} ours {Show(ours[^1])}");
        }

        for (var round = 1; round < rounds; round++)
        {
            Directory.Delete(Path.Combine(work, $"out-{round}"), recursive: true);
        }

        var before = OutputSnapshot.Take(output);
        using var reads = SourceReads.Watch(feeds.Select(f => f.Folder));
        var noChange = await IncrementalAsync(feedsDir, output, before, "");
        var sourcesRead = reads?.Stop();
        Progress(size, $"nothing changed: {Show(noChange.Run)}, {noChange.Changes.Written.Count} files written, {(sourcesRead is { } n ? Report.N(n) : "?")} sources read");

        var edited = feeds[0].Articles.Where(a => !a.Draft).MaxBy(a => a.Published)!;
        await File.AppendAllTextAsync(edited.Path, $"\n{Edit}.\n");
        var oneChange = await IncrementalAsync(feedsDir, output, OutputSnapshot.Take(output), Edit);
        Progress(size, $"one article edited ({Path.GetFileName(edited.Path)}): {Show(oneChange.Run)}, {oneChange.Changes.Written.Count} files written");

        // Multi-feed sizes skip it: one more full build of the largest corpus, for targets that name one feed of 10,000.
        var inService = size.Feeds == 1 ? await InServiceRun.MeasureAsync(serviceDll, feedsDir, feeds, edited, work, m => Progress(size, m)) : null;
        return new SizeResult(size, hugo, ours)
        {
            InService = inService,
            NoChange = noChange,
            OneChange = oneChange,
            SourcesRead = sourcesRead,
            SourcesReadIsLowerBound = reads?.Overflowed ?? false,
        };
    }

    private async Task<Incremental> IncrementalAsync(string feedsDir, string output, OutputSnapshot before, string edit)
    {
        var run = await GenerateAsync(feedsDir, output);
        var after = OutputSnapshot.Take(output);
        var changes = after.Since(before);
        var holding = edit.Length == 0 ? 0 : changes.Documents.Count(f => after.Contains(f, edit));
        return new Incremental(run, changes, holding);
    }

    public async Task<Measured> GenerateAsync(string feedsDir, string output) =>
        Check(await ChildProcess.RunAsync(Path.GetDirectoryName(output)!, "dotnet",
            serviceDll, "generate", "--feeds", feedsDir, "--out", output, "--base-url", "http://localhost:8080/"), "generate");

    private static Measured Check(Measured run, string what) =>
        run.Succeeded ? run : throw new InvalidOperationException($"{what} exited with {run.ExitCode}:\n{Tail(run.Output)}");

    private static string Tail(string text) => string.Join('\n', text.Split('\n').TakeLast(20));

    private static void Progress(CorpusSize size, string message) => Console.Error.WriteLine($"[{size.Label}] {message}");

    public static string Show(Measured run) =>
        $"{run.Wall.TotalSeconds:F2} s" + (run.PeakBytes is { } peak ? $", {peak / 1048576.0:F0} MiB peak" : "");
}
