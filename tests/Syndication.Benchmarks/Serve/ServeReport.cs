using System.Globalization;
using Syndication.Benchmarks.Compare;
using static Syndication.Benchmarks.Compare.Report;

namespace Syndication.Benchmarks.Serve;

/// <summary>Prints what <c>serve</c> measured, a table per scenario, in the style of compare's <see cref="Report"/>.</summary>
internal static class ServeReport
{
    public static void Seed(SeedResult seed, ServeSettings settings, ServiceLog log)
    {
        Line($"== seed: {seed.Path} ({N(seed.IdentityBytes)} bytes, gzip {N(seed.GzipBytes)}), ours against nginx serving the same bytes; "
            + $"{Rounds(settings)}, wrk -t1, median ==");
        Pairs(seed.Pairs, "ours", "nginx", p => $"{p.Connections,11}  {p.Ours.Load.Kind,-12}");
        Line($"  resident under load, at most: ours {Mib(seed.OursMaxResident)} ({Mib(seed.OursBeforeLoad)} after its start-up run, before any load), "
            + $"nginx {Mib(seed.NginxMaxResident)} (master and workers)");
        Log(log);
        Line("");
        Line($"== deltas (RFC 3229+feed) on the same service after one edit: 226 for the older ETag against 200 for the stored document, same coding; {Rounds(settings)}, median ==");
        Pairs(seed.Deltas.Pairs, "226", "200", p => $"{p.Connections,11}  {p.Reference.Load.Encoding,-12}");
        Line("");
    }

    public static void Memory(MemoryResult memory, ServeSettings settings, ServiceLog log)
    {
        Line($"== memory: {memory.Size.Label} articles, {N(memory.Urls)} served URLs ({N(memory.ArchivePages)} archive pages, {N(memory.ArticlePages)} article pages), "
            + $"each request a random URL in a random coding (identity, gzip, br); wrk -t1 -c {memory.Connections}, 2 passes of {settings.Seconds} s per process ==");
        Line($"  {"process",-12} {"after start-up run",19} {"pass 1 req/s",13} {"pass 1 max",11} {"pass 2 req/s",13} {"pass 2 max",11} {"2 s after",10}");
        foreach (var p in memory.Processes)
        {
            Line($"  {p.Name,-12} {Mib(p.AfterStartupRun),19} {N((long)p.First.RequestsPerSecond),13} {Mib(p.First.MaxResident),11} "
                + $"{N((long)p.Second.RequestsPerSecond),13} {Mib(p.Second.MaxResident),11} {Mib(p.AtEnd),10}");
        }

        Log(log);
        Line("");
    }

    public static void Restart(RestartResult restart, ServiceLog log)
    {
        Line($"== restart: {restart.Size.Label} articles persisted by an earlier process; each document asked for every 20 ms from the start, "
            + $"then {restart.Documents[0].After.Count} times more at once; its start-up run {restart.StartupRun.TotalSeconds:F2} s ==");
        var width = restart.Documents.Max(d => Uri.UnescapeDataString(d.Path).Length);
        Line($"  {"document".PadRight(width)} {"asked",6} {"first 200",10} {"got",9} {"that request",13} {"then, at most",14} {"got",9}");
        foreach (var d in restart.Documents)
        {
            Line($"  {Uri.UnescapeDataString(d.Path).PadRight(width)} {d.Coding,6} {$"{d.First.SinceStart.TotalSeconds:F2} s",10} {d.First.Encoding,9} "
                + $"{Interleaved.Milliseconds(d.First.Took),13} {Interleaved.Milliseconds(d.SlowestAfter),14} {d.After[^1].Encoding,9}");
        }

        Log(log);
        Line("");
    }

    /// <summary>One row per pair: rates, p99s, both ratios, bytes per response and socket errors.</summary>
    private static void Pairs(IEnumerable<Pair> pairs, string ours, string reference, Func<Pair, string> label)
    {
        Line($"  {"connections",11}  {"request",-12} {ours + " req/s",12} {reference + " req/s",12} {"ratio",7} {ours + " p99",11} {reference + " p99",11} {"ratio",7} "
            + $"{"bytes/response",15} {"socket errors",13}");
        foreach (var p in pairs)
        {
            Line($"  {label(p)} {Rate(p.Ours),12} {Rate(p.Reference),12} {Ratio(p.Ratio),7} {Interleaved.Milliseconds(p.Ours.P99),11} {Interleaved.Milliseconds(p.Reference.P99),11} {Ratio(p.P99Ratio),7} "
                + $"{$"{Bytes(p.Ours)} / {Bytes(p.Reference)}",15} {$"{p.Ours.SocketErrors} / {p.Reference.SocketErrors}",13}");
        }
    }

    public static void Log(ServiceLog log)
    {
        Line($"  service log (the README's appsettings.json): {N(log.Lines)} lines, {N(log.RequestEvents)} request events, {N(log.Warnings)} warnings, {N(log.Errors)} errors");
        foreach (var error in log.FirstErrors)
        {
            Line($"    {error}");
        }
    }

    private static string Rounds(ServeSettings settings) => $"{settings.Rounds} round{(settings.Rounds == 1 ? "" : "s")} interleaved of {settings.Seconds} s";

    private static string Rate(Side side) => side.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture);

    private static string Bytes(Side side) => side.Runs.Average(r => r.BytesPerResponse).ToString("N0", CultureInfo.InvariantCulture);

    public static string N(long number) => number.ToString("N0", CultureInfo.InvariantCulture);
}
