using BenchmarkDotNet.Attributes;

namespace Syndication.Benchmarks.Stages;

/// <summary>Compressing a 50-entry Atom document and an article page with each policy; the Size column shows what each saves.</summary>
[MemoryDiagnoser]
[Config(typeof(CompressedSizeColumn.Config))]
public class CompressionStage
{
    private byte[] _document = [];
    private Func<byte[], byte[]> _compress = b => b;

    [ParamsSource(nameof(Policies))]
    public string Policy { get; set; } = "";

    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = "";

    public static IEnumerable<string> Policies => Compressions.Policies.Keys;

    public static IEnumerable<string> Documents => Compressions.DocumentNames;

    [GlobalSetup]
    public void Setup()
    {
        _document = Compressions.Document(Document);
        _compress = Compressions.Policies[Policy];
    }

    [Benchmark]
    public byte[] Compress() => _compress(_document);
}
