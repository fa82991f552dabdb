using System.Globalization;
using System.Text.RegularExpressions;
using Syndication.Benchmarks.Compare;

namespace Syndication.Benchmarks.Serve;

/// <summary>What one wrk run reported, and the most memory the server held meanwhile.</summary>
internal sealed record WrkRun(double RequestsPerSecond, TimeSpan P99, long Requests, double BytesRead, int SocketErrors, long WrongStatus, long? MaxResident)
{
    /// <summary>Bytes read per response, headers included: a check that the server sent what the request kind expects.</summary>
    public double BytesPerResponse => BytesRead / Requests;
}

/// <summary>
/// wrk with one thread, N connections for S seconds, with its latency distribution, against one URL (or a Lua script's
/// requests), while the server's memory is sampled; killed if it has not ended 30 s after its duration.
/// </summary>
internal static partial class Wrk
{
    public static async Task<WrkRun> RunAsync(
        Uri url, IEnumerable<KeyValuePair<string, string>> headers, int connections, int seconds, Func<long?> resident, string? script = null)
    {
        var arguments = new List<string> { "-t1", "-c", connections.ToString(CultureInfo.InvariantCulture), "-d", $"{seconds}s", "--latency" };
        if (script is not null)
        {
            arguments.AddRange(["-s", script]);
        }

        foreach (var (name, value) in headers)
        {
            arguments.AddRange(["-H", $"{name}: {value}"]);
        }

        arguments.Add(url.AbsoluteUri);
        var timeout = TimeSpan.FromSeconds(seconds + 30);
        var (run, max) = await ResidentSampler.DuringAsync(resident, () => ChildProcess.RunAsync(timeout, ".", "wrk", [.. arguments]));
        return run.Succeeded ? Parse(run.Output, max) : throw new InvalidOperationException($"wrk {string.Join(' ', arguments)} failed:\n{run.Output}");
    }

    private static WrkRun Parse(string output, long? maxResident)
    {
        var total = Totals().Match(output);
        var rate = Rate().Match(output);
        var p99 = P99().Match(output);
        if (!total.Success || !rate.Success || !p99.Success || long.Parse(total.Groups[1].Value, CultureInfo.InvariantCulture) == 0)
        {
            throw new InvalidOperationException($"wrk's report has no requests, rate or 99th percentile:\n{output}");
        }

        var socket = SocketErrors().Match(output);
        var wrong = WrongStatus().Match(output);
        return new WrkRun(
            Number(rate.Groups[1]),
            TimeSpan.FromMicroseconds(Number(p99.Groups[1]) * TimeUnit(p99.Groups[2].Value)),
            long.Parse(total.Groups[1].Value, CultureInfo.InvariantCulture),
            Number(total.Groups[2]) * Math.Pow(1024, "KMGTP".IndexOf(total.Groups[3].Value.TrimEnd('B'), StringComparison.Ordinal) + 1),
            socket.Success ? Enumerable.Range(1, 4).Sum(i => int.Parse(socket.Groups[i].Value, CultureInfo.InvariantCulture)) : 0,
            wrong.Success ? long.Parse(wrong.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            maxResident);
    }

    private static double Number(Group group) => double.Parse(group.Value, CultureInfo.InvariantCulture);

    /// <summary>Microseconds per unit of wrk's time format.</summary>
    private static double TimeUnit(string unit) => unit switch
    {
        "us" => 1,
        "ms" => 1e3,
        "s" => 1e6,
        "m" => 60e6,
        _ => 3600e6,
    };

    [GeneratedRegex(@"(\d+) requests in [0-9.]+\w+, ([0-9.]+)([KMGTP]?B) read")]
    private static partial Regex Totals();

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex Rate();

    [GeneratedRegex(@"^\s+99%\s+([0-9.]+)(us|ms|s|m|h)\s*$", RegexOptions.Multiline)]
    private static partial Regex P99();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex WrongStatus();
}
