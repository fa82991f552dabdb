using Syndication.Benchmarks.Compare;
using Syndication.Benchmarks.Corpus;
using Syndication.Benchmarks.Serve;
using Syndication.Benchmarks.Stages;

namespace Syndication.Benchmarks;

/// <summary>
/// <c>corpus</c> writes a generated feeds folder, <c>compare</c> times the service against Hugo over the same corpus,
/// <c>serve</c> measures serving against nginx (issue 9), <c>stages</c> runs the BenchmarkDotNet stage benchmarks (its own options follow).
/// </summary>
internal static class Program
{
    private const string Usage = """
        usage: corpus --articles N [--feeds F] [--seed S] --out DIR
               compare [--sizes 1000,10000,50000,100x1000] [--rounds R] [--smoke]
               serve [--seconds 10] [--rounds 3] [--connections 32,128] [--memory-corpus 100x1000] [--restart-corpus 10000] [--keep] [--smoke]
               stages [BenchmarkDotNet options, e.g. --filter *Compression*]
        """;

    public static async Task<int> Main(string[] args)
    {
        try
        {
            return args switch
            {
                ["corpus", .. var rest] => CorpusCommand.Run(rest),
                ["compare", .. var rest] => await CompareCommand.RunAsync(rest),
                ["serve", .. var rest] => await ServeCommand.RunAsync(rest),
                ["stages", .. var rest] => StagesCommand.Run(rest),
                _ => Fail(Usage, 2),
            };
        }
        catch (ArgumentException e)
        {
            return Fail($"error: {e.Message}\n{Usage}", 2);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            // A tool that failed or a corpus that did not come out right: one clear line, and CI fails.
            return Fail($"error: {e.Message}", 1);
        }
    }

    private static int Fail(string message, int exitCode)
    {
        Console.Error.WriteLine(message);
        return exitCode;
    }
}
