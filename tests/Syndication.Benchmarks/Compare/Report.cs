using System.Globalization;

namespace Syndication.Benchmarks.Compare;

/// <summary>Prints what <c>compare</c> measured: a table per corpus size, then growth with size.</summary>
internal static class Report
{
    public static void Size(SizeResult result, int rounds)
    {
        var size = result.Size;
        var ours = result.OursMedian;
        var hugo = result.HugoMedian;
        Line($"== {size.Label} articles ({size.Feeds} feed{(size.Feeds == 1 ? "" : "s")} of {N(size.Articles)}), {rounds} round{(rounds == 1 ? "" : "s")} interleaved, median ==");
        Line($"  {"",-12} {"wall",10} {"peak",10} {"cpu",10}");
        if (hugo is not null)
        {
            Row("hugo", hugo);
        }

        Row("ours", ours);
        if (hugo is not null)
        {
            Line($"  {"ours/hugo",-12} {Ratio(ours.Wall / hugo.Wall),10} {Ratio((double?)ours.PeakBytes / hugo.PeakBytes),10}");
        }

        var none = result.NoChange;
        var read = result.SourcesRead is { } count ? $"{(result.SourcesReadIsLowerBound ? "at least " : "")}{N(count)} of {N(size.Total)} sources opened" : "sources opened: unknown";
        Line($"  generate, nothing changed: {Seconds(none.Run)} = {Percent(none.Run, ours)} of a full build; {Files(none.Changes)}; {read}");
        var one = result.OneChange;
        Line($"  generate, one article edited: {Seconds(one.Run)} = {Percent(one.Run, ours)} of a full build; {Files(one.Changes)}, {N(one.DocumentsHoldingChange)} of the documents hold the edit");
        Documents(one.Changes, "    ");
        if (result.InService is { } service)
        {
            InService(service, size);
        }

        Line("");
    }

    /// <summary>The service's own run times (durationMs), each against its full build.</summary>
    private static void InService(InService service, CorpusSize size)
    {
        var full = service.FullBuild;
        Line($"  in the service: full build (start-up run, fresh output) {Seconds(full)}, {Mib(service.ResidentAfterFullBuild)} resident after it");
        var none = service.NoChange;
        var first = service.WrittenByFirstNoChange == 0 ? "" : $" (the run before it wrote {N(service.WrittenByFirstNoChange)})";
        Line($"    nothing changed: {Millis(none.Run)} = {Percent(none.Run, full)} of its full build; {Files(none.Changes)}{first}");
        var one = service.OneChange;
        Line($"    one article edited: {Millis(one.Run)} = {Percent(one.Run, full)}; {Files(one.Changes)}, {N(one.DocumentsHoldingChange)} of the documents hold the edit");
        Documents(one.Changes, "      ");
        var opened = service.RestartSourcesOpened is { } count ? $"{(service.RestartSourcesIsLowerBound ? "at least " : "")}{N(count)} of {N(size.Total)} sources opened" : "sources opened: unknown";
        Line($"    restart on that output: first 200 of the feed's Atom after {service.RestartFirstOk.TotalSeconds:F2} s; start-up run {Millis(service.RestartRun)} = {Percent(service.RestartRun, full)}, "
            + $"{opened}; {Mib(service.ResidentAfterRestart)} resident after it");
    }

    private static void Documents(OutputChanges changes, string indent)
    {
        foreach (var file in changes.Documents.Take(12))
        {
            Line(indent + file);
        }

        if (changes.Documents.Count() > 12)
        {
            Line($"{indent}... and {N(changes.Documents.Count() - 12)} more");
        }
    }

    public static void Growth(IReadOnlyList<SizeResult> results)
    {
        Line("== growth: wall time per article (ms) ==");
        Line($"  {"size",-12} {"hugo",10} {"ours",10} {"no change",10} {"one edit",10} {"ours cpu/wall",14}");
        foreach (var r in results)
        {
            var hugo = r.HugoMedian is { } h ? PerArticle(h.Wall, r) : "-";
            var cores = r.OursMedian.Cpu is { } cpu ? (cpu / r.OursMedian.Wall).ToString("F2", CultureInfo.InvariantCulture) : "?";
            Line($"  {r.Size.Label,-12} {hugo,10} {PerArticle(r.OursMedian.Wall, r),10} {PerArticle(r.NoChange.Run.Wall, r),10} {PerArticle(r.OneChange.Run.Wall, r),10} {cores,14}");
        }

        Line("");
    }

    private static void Row(string name, Measured run) =>
        Line($"  {name,-12} {Seconds(run),10} {Mib(run.PeakBytes),10} {(run.Cpu is { } cpu ? $"{cpu.TotalSeconds:F2} s" : "?"),10}");

    private static string Files(OutputChanges changes) =>
        $"{N(changes.Written.Count)} files written ({N(changes.Documents.Count())} documents, {N(changes.State.Count())} state; {N(changes.ContentChanged)} with new bytes, {N(changes.Removed)} removed)";

    private static string PerArticle(TimeSpan time, SizeResult r) => (time.TotalMilliseconds / r.Size.Total).ToString("F3", CultureInfo.InvariantCulture);

    public static string Seconds(Measured run) => $"{run.Wall.TotalSeconds:F2} s";

    public static string Millis(Measured run) => $"{run.Wall.TotalMilliseconds:F0} ms";

    public static string Percent(Measured part, Measured whole) => (part.Wall / whole.Wall).ToString("P1", CultureInfo.InvariantCulture);

    public static string Ratio(double? ratio) => ratio is { } r ? $"{r:F2}x" : "?";

    public static string Mib(long? bytes) => bytes is { } b ? $"{b / 1048576.0:F0} MiB" : "?";

    public static string N(int number) => number.ToString("N0", CultureInfo.InvariantCulture);

    public static void Line(string text) => Console.WriteLine(text);
}
