using BenchmarkDotNet.Attributes;
using Syndication.Core.Building;
using Syndication.Core.Model;

namespace Syndication.Benchmarks.Stages;

/// <summary>Building a feed document from parsed articles: ordering, entry ids, links and content HTML with absolute URLs.</summary>
[MemoryDiagnoser]
public class BuildStage
{
    private readonly FeedBuilder _builder = new(StageInputs.Urls);
    private IReadOnlyList<Article> _articles = [];

    [Params(50, 1000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup() => _articles = StageInputs.Articles(Articles);

    [Benchmark]
    public FeedDocument Build() => _builder.Build(StageInputs.Feed, _articles, StageInputs.Now);
}
