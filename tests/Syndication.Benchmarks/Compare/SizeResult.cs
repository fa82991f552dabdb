namespace Syndication.Benchmarks.Compare;

/// <summary>Everything measured on one corpus size: cold rounds of each tool, then our runs over the kept output.</summary>
internal sealed record SizeResult(CorpusSize Size, IReadOnlyList<Measured> Hugo, IReadOnlyList<Measured> Ours)
{
    public required Incremental NoChange { get; init; }

    public required Incremental OneChange { get; init; }

    /// <summary>Article sources opened by the run with nothing changed; null where it could not be watched.</summary>
    public int? SourcesRead { get; init; }

    public bool SourcesReadIsLowerBound { get; init; }

    /// <summary>The same in the running service; null where it was not measured (multi-feed sizes).</summary>
    public InService? InService { get; init; }

    public Measured? HugoMedian => Hugo.Count == 0 ? null : Median(Hugo);

    public Measured OursMedian => Median(Ours);

    /// <summary>The round of median wall time, and the median peak over all rounds.</summary>
    private static Measured Median(IReadOnlyList<Measured> runs)
    {
        var byTime = runs.OrderBy(r => r.Wall).ToList();
        var peaks = runs.Where(r => r.PeakBytes is not null).Select(r => r.PeakBytes!.Value).Order().ToList();
        return byTime[byTime.Count / 2] with { PeakBytes = peaks.Count == 0 ? null : peaks[peaks.Count / 2] };
    }
}

/// <summary>A run over the output of a full build: its measurement, the files it wrote and how many of the documents written hold the change.</summary>
internal sealed record Incremental(Measured Run, OutputChanges Changes, int DocumentsHoldingChange);
