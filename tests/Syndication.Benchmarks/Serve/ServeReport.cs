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
        Line($"  resident under load, at most: ours {Mib(seed.OursMaxResident)}, nginx {Mib(seed.NginxMaxResident)} (master and workers)");
        Log(log);
        Line("");
        Line($"== deltas (RFC 3229+feed) on the same service after one edit: 226 for the older ETag against 200 for the stored document, same coding; {Rounds(settings)}, median ==");
        Pairs(seed.Deltas.Pairs, "226", "200", p => $"{p.Connections,11}  {p.Reference.Load.Encoding,-12}");
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
