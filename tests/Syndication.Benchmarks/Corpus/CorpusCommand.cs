using System.Diagnostics;

namespace Syndication.Benchmarks.Corpus;

/// <summary><c>corpus --articles N [--feeds F] [--seed S] --out DIR</c>: writes a feeds folder for the service, Hugo and Jekyll alike.</summary>
internal static class CorpusCommand
{
    public static int Run(IReadOnlyList<string> args)
    {
        var options = new Arguments(args, ["--articles", "--feeds", "--seed", "--out"], []);
        var articles = options.Number("--articles", 0);
        if (articles == 0 || options.Text("--out") is not { } output)
        {
            throw new ArgumentException("corpus needs --articles N and --out DIR");
        }

        var feeds = options.Number("--feeds", 1);
        var clock = Stopwatch.StartNew();
        var written = CorpusWriter.Write(Path.GetFullPath(output), feeds, articles, options.Number("--seed", CorpusWriter.DefaultSeed));
        Console.WriteLine($"wrote {feeds} feed(s) of {articles} articles ({written.Sum(f => f.Articles.Count(a => a.Draft))} drafts) into {output} in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}
