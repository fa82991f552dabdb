using System.Globalization;
using System.Net;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>
/// Accept-Encoding against every combination of q-values for br, gzip, identity and "*", checked against RFC 9110
/// §12.5.3 as stated here: a client that names codings prefers them to an identity it leaves unnamed.
/// </summary>
public sealed class AcceptEncodingRankingTests(PublishedNewsService service) : IClassFixture<PublishedNewsService>
{
    private const string Atom = "/feeds/news.atom";
    private static readonly string[] Codings = ["br", "gzip", "identity", "*"];
    private static readonly string[] ServerPreference = ["br", "gzip", "identity"];

    // null: not listed; "": listed without q (q=1).
    private static readonly string?[] Qualities = [null, "", "1", "0.5", "0.4", "0.001", "0"];

    [Fact]
    public async Task EveryQValueCombination_GetsTheCodingTheRuleRanksFirst()
    {
        using var identity = await service.Client.GetAsync(Atom);
        var identityBytes = await identity.Content.ReadAsByteArrayAsync();
        var random = new Random(9110);
        var failures = new List<string>();
        var combinations = 0;
        foreach (var choice in Combinations(Codings.Length, Qualities.Length))
        {
            var listed = Codings.Select((c, i) => (Coding: c, Quality: Qualities[choice[i]])).Where(l => l.Quality is not null).ToList();
            if (random.Next(4) == 0)
            {
                // Codings we do not have change nothing, whatever their q.
                listed.Add(("zstd", Qualities[1 + random.Next(Qualities.Length - 1)]));
            }

            var header = string.Join(random.Next(2) == 0 ? ", " : ",", listed.OrderBy(_ => random.Next()).Select(l => Spell(l.Coding, random) + (l.Quality!.Length == 0 ? "" : ";q=" + l.Quality)));
            var expected = Expected(listed.Where(l => l.Coding != "zstd").ToDictionary(l => l.Coding, l => l.Quality!.Length == 0 ? 1.0 : double.Parse(l.Quality!, CultureInfo.InvariantCulture)));
            combinations++;
            // Twice: the service ranks each value once and remembers a few hundred; the second answer comes from there.
            for (var pass = 0; pass < 2; pass++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, Atom);
                request.Headers.TryAddWithoutValidation("Accept-Encoding", header);
                using var response = await service.Client.SendAsync(request);
                var got = response.StatusCode == HttpStatusCode.NotAcceptable ? "406" : response.Content.Headers.ContentEncoding.SingleOrDefault() ?? "identity";
                if (got != expected)
                {
                    failures.Add($"Accept-Encoding: {header} got {got}, expected {expected} (request {pass + 1})");
                }
                else if (got != "406" && !Representations.Identity(await response.Content.ReadAsByteArrayAsync(), got == "identity" ? null : got).SequenceEqual(identityBytes))
                {
                    failures.Add($"Accept-Encoding: {header}: the {got} body does not decode to the document (request {pass + 1})");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {combinations} wrong:\n" + string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public async Task IssueExample_BrAndGzipWithLowQValues_GetsGzipNotIdentity()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Atom);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br;q=0.4, gzip;q=0.5");
        using var response = await service.Client.SendAsync(request);
        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.SingleOrDefault());
    }

    /// <summary>
    /// The rule, written as a ranking: a coding is acceptable when the client gives it q above 0 (by name, else through
    /// "*"), and identity also when it is mentioned neither way. Mentioned beats unmentioned, then higher q, then br, gzip, identity.
    /// </summary>
    private static string Expected(Dictionary<string, double> q)
    {
        var ranked = ServerPreference
            .Select((coding, preference) => (coding, preference, mentioned: q.ContainsKey(coding) || q.ContainsKey("*"), quality: q.GetValueOrDefault(coding, q.GetValueOrDefault("*"))))
            .Where(c => c.mentioned ? c.quality > 0 : c.coding == "identity")
            .OrderByDescending(c => c.mentioned).ThenByDescending(c => c.quality).ThenBy(c => c.preference)
            .Select(c => c.coding);
        return ranked.FirstOrDefault() ?? "406";
    }

    /// <summary>Coding names are case-insensitive (RFC 9110 §8.4.1).</summary>
    private static string Spell(string coding, Random random) => random.Next(3) switch
    {
        0 => coding.ToUpperInvariant(),
        1 => char.ToUpperInvariant(coding[0]) + coding[1..],
        _ => coding,
    };

    private static IEnumerable<int[]> Combinations(int places, int values)
    {
        var total = (int)Math.Pow(values, places);
        for (var n = 0; n < total; n++)
        {
            yield return [.. Enumerable.Range(0, places).Select(p => n / (int)Math.Pow(values, p) % values)];
        }
    }
}
