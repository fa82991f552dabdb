using System.Globalization;
using Syndication.Benchmarks.Compare;

namespace Syndication.Benchmarks.Serve;

/// <summary>
/// Measures two loads in rounds, each round starting with the other (ours, reference, reference, ours, ...), so drift
/// on the machine falls on both alike. Each wrk run comes after one checked request (status and coding) and is checked
/// itself: every response 2xx or 3xx, and bytes per response that fit the body the checked request got.
/// </summary>
internal sealed class Interleaved(HttpClient http, int seconds, int rounds, Action<string> progress, CancellationToken cancellationToken)
{
    /// <summary>The most header bytes per response that the bytes-per-response check allows.</summary>
    private const int HeaderAllowance = 4096;

    public async Task<Pair> MeasureAsync(Load ours, Load reference, int connections)
    {
        List<WrkRun> oursRuns = [], referenceRuns = [];
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (load, runs) in round % 2 == 0 ? [(ours, oursRuns), (reference, referenceRuns)] : new[] { (reference, referenceRuns), (ours, oursRuns) })
            {
                var run = await RunAsync(load, connections, seconds);
                runs.Add(run);
                progress($"{load.Server.Name} {load.Kind}, {connections} connections, round {round + 1}/{rounds}: {run.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture)} req/s, "
                    + $"p99 {Milliseconds(run.P99)}, {Report.Mib(run.MaxResident)} resident at most");
            }
        }

        return new Pair(connections, new Side(ours, oursRuns), new Side(reference, referenceRuns));
    }

    /// <summary>One checked wrk run; unrecorded when it only warms a server up.</summary>
    public async Task<WrkRun> RunAsync(Load load, int connections, int runSeconds)
    {
        var body = (await load.FetchAsync(http, cancellationToken)).Body.Length;
        var run = await Wrk.RunAsync(load.Url, load.Headers, connections, runSeconds, load.Server.Resident);
        if (run.WrongStatus > 0)
        {
            throw new InvalidOperationException($"{load.Describe}: {run.WrongStatus} of {run.Requests} responses under load were not 2xx or 3xx");
        }

        return run.BytesPerResponse >= body && run.BytesPerResponse <= body + HeaderAllowance
            ? run
            : throw new InvalidOperationException($"{load.Describe}: {run.BytesPerResponse:F0} bytes per response under load, where the checked response had a {body}-byte body");
    }

    public static string Milliseconds(TimeSpan time) => $"{time.TotalMilliseconds.ToString("F2", CultureInfo.InvariantCulture)} ms";
}
