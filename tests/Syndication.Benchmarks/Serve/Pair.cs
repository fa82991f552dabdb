namespace Syndication.Benchmarks.Serve;

/// <summary>The runs of one load in a comparison; medians as compare takes them (the upper middle of an even count).</summary>
internal sealed record Side(Load Load, IReadOnlyList<WrkRun> Runs)
{
    public double RequestsPerSecond => Median(Runs.Select(r => r.RequestsPerSecond));

    public TimeSpan P99 => TimeSpan.FromTicks((long)Median(Runs.Select(r => (double)r.P99.Ticks)));

    public long? MaxResident => Runs.Max(r => r.MaxResident);

    public int SocketErrors => Runs.Sum(r => r.SocketErrors);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}

/// <summary>Two loads measured in the same interleaved rounds at one connection count: ours, and what it is held against.</summary>
internal sealed record Pair(int Connections, Side Ours, Side Reference)
{
    public double Ratio => Ours.RequestsPerSecond / Reference.RequestsPerSecond;

    public double P99Ratio => Ours.P99 / Reference.P99;
}
