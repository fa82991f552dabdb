using BenchmarkDotNet.Attributes;
using Syndication.Core.Building;
using Syndication.Core.Rendering;

namespace Syndication.Benchmarks.Stages;

/// <summary>Rendering one article's HTML page.</summary>
[MemoryDiagnoser]
public class PageStage
{
    private FeedDocument? _document;

    [GlobalSetup]
    public void Setup() => _document = StageInputs.Document();

    [Benchmark]
    public byte[] Article() => HtmlPages.Article(_document!, _document!.Entries[0]);
}
