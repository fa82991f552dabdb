using BenchmarkDotNet.Attributes;
using Syndication.Core.Building;
using Syndication.Core.Model;

namespace Syndication.Benchmarks.Stages;

/// <summary>
/// The identity guard on a feed whose every id is recorded: a run where nothing was renamed (each article finds its
/// slug's record in its feed's own records), and one where one article was renamed (looked up among every feed's
/// records: 99 other feeds of as many).
/// </summary>
[MemoryDiagnoser]
public class IdentityStage
{
    private const string Feed = "engineering-notes";
    private IReadOnlyList<Article> _articles = [];
    private IReadOnlyList<Article> _renamed = [];
    private SiteLedger _own = null!;
    private SiteLedger _site = null!;

    [Params(1000, 10000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = StageInputs.Articles(Articles);
        var claim = IdentityGuard.Assign(Feed, _articles, new SiteLedger(new Dictionary<string, IReadOnlyList<PublishedId>>()), _ => false);
        var ledgers = new Dictionary<string, IReadOnlyList<PublishedId>>(StringComparer.Ordinal) { [Feed] = claim.Ledger };
        _own = new SiteLedger(ledgers);
        for (var other = 1; other < 100; other++)
        {
            ledgers[$"feed-{other}"] = [.. claim.Ledger.Select(r => r with { Id = $"{r.Id}-{other}", Content = $"{r.Content}{other}", Title = $"{r.Title} {other}" })];
        }

        // As the service keeps it during a run: built once, its look index made by the first rename.
        _site = new SiteLedger(ledgers);

        _renamed = [.. _articles.Select((a, i) => i == 0 ? a with { Slug = "renamed", File = $"{Feed}/renamed.md" } : a)];
    }

    [Benchmark]
    public IdentityClaim NothingRenamed() => IdentityGuard.Assign(Feed, _articles, _own, _ => false);

    [Benchmark]
    public IdentityClaim OneRenamed() => IdentityGuard.Assign(Feed, _renamed, _site, _ => true);
}
