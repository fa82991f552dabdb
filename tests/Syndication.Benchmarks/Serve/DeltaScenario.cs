using Syndication.Benchmarks.Compare;

namespace Syndication.Benchmarks.Serve;

/// <summary>RFC 3229+feed deltas against the stored document, per coding: ours is the 226, the reference the same service's 200.</summary>
internal sealed record DeltaResult(IReadOnlyList<Pair> Pairs);

/// <summary>
/// Issue 9's target 4 on the seed service: the seed article gets a sentence appended (in the copy of feeds/), a run
/// publishes the new version, and wrk polls with <c>A-IM: feed</c> and the older version's ETag (226, the changed entry)
/// against plain polls of the new document (200), in the same coding, interleaved.
/// </summary>
internal static class DeltaScenario
{
    public const string Edit = "This sentence was appended by the benchmark to publish a newer version";

    private static readonly string[] Codings = ["identity", "gzip"];

    public static async Task<DeltaResult> MeasureAsync(
        ServiceProcess service, Server ours, string path, string article, int connections, Interleaved measure, HttpClient http, Action<string> progress, CancellationToken cancellationToken)
    {
        var older = new Dictionary<string, string>();
        foreach (var coding in Codings)
        {
            older[coding] = await Requests.Stored(ours, path, coding).ETagAsync(http, cancellationToken);
        }

        await File.AppendAllTextAsync(article, $"\n{Edit}.\n", cancellationToken);
        await service.RegenerateAsync(cancellationToken);
        var pairs = new List<Pair>();
        foreach (var coding in Codings)
        {
            var stored = Requests.Stored(ours, path, coding);
            if (await stored.ETagAsync(http, cancellationToken) == older[coding])
            {
                throw new InvalidOperationException($"{path} kept its ETag {older[coding]} after {Path.GetFileName(article)} was edited and a run finished");
            }

            progress($"deltas: {path} in {coding} was {older[coding]} before the edit");
            pairs.Add(await measure.MeasureAsync(Requests.Delta(ours, path, coding, older[coding]), stored, connections));
        }

        return new DeltaResult(pairs);
    }
}
