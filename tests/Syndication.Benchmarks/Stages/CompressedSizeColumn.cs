using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Syndication.Benchmarks.Stages;

/// <summary>The compressed size of a <see cref="CompressionStage"/> case and its share of the original, next to its time.</summary>
internal sealed class CompressedSizeColumn : IColumn
{
    public string Id => nameof(CompressedSizeColumn);

    public string ColumnName => "Size";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Compressed bytes, and as a share of the document's bytes";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var document = Compressions.Document((string)benchmarkCase.Parameters[nameof(CompressionStage.Document)]);
        var compressed = Compressions.Policies[(string)benchmarkCase.Parameters[nameof(CompressionStage.Policy)]](document).Length;
        return string.Create(CultureInfo.InvariantCulture, $"{compressed:N0} B of {document.Length:N0} ({(double)compressed / document.Length:P1})");
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    /// <summary>Adds the column to the stage's summary.</summary>
    internal sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new CompressedSizeColumn());
    }
}
