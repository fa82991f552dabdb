using BenchmarkDotNet.Attributes;
using Syndication.Core.Building;
using Syndication.Core.Rendering;

namespace Syndication.Benchmarks.Stages;

/// <summary>Writing a 50-entry feed document in each format.</summary>
[MemoryDiagnoser]
public class SerialiseStage
{
    private FeedDocument? _document;
    private FeedFormat? _format;

    [Params("atom", "rss", "json")]
    public string Format { get; set; } = "atom";

    [GlobalSetup]
    public void Setup()
    {
        _document = StageInputs.Document();
        _format = FeedFormat.Find(Format) ?? throw new InvalidOperationException($"no format '{Format}'");
    }

    [Benchmark]
    public byte[] Write() => _format!.Write(_document!);
}
