using Syndication.Core.Model;
using Syndication.Service.Options;
using Syndication.Service.Publishing;
using Syndication.Service.Storage;

namespace Syndication.Service.Cli;

/// <summary>The commands behind <see cref="CommandLine"/>; problems go to standard error as <c>file:line: message</c>.</summary>
internal static class OneShot
{
    /// <summary>Writes every document once, for static hosting; exit 1 when any source had an error (what could be published still is).</summary>
    public static async Task<int> GenerateAsync(IServiceProvider services)
    {
        var progress = services.GetRequiredService<ConsoleProgress>();
        RunReport report;
        try
        {
            report = await services.GetRequiredService<FeedRegenerator>().RunAsync(null, null, CancellationToken.None);
        }
        finally
        {
            // The progress line is finished before anything else is printed.
            progress.Complete();
        }

        var problems = report.Errors.Concat(report.Feeds.SelectMany(f => f.Errors.Concat(f.Warnings))).ToList();
        Print(services.GetRequiredService<ResolvedPaths>().Feeds, problems);
        foreach (var feed in report.Feeds)
        {
            Console.WriteLine($"{feed.Feed}: {feed.Entries} entries, {(feed.Changed ? "changed" : "unchanged")}, {feed.DurationMs} ms");
        }

        return report.Succeeded && !problems.Any(p => p.IsError) ? 0 : 1;
    }

    /// <summary>Checks every source without writing anything, each article built and serialised as a run would; exit 1 on any problem, warnings included.</summary>
    public static async Task<int> ValidateAsync(IServiceProvider services)
    {
        var reader = services.GetRequiredService<FeedSourceReader>();
        // The ids published so far (from the output folder's state) decide renames and moves as a run would; nothing is saved.
        using var ids = new EntryIdentities(services.GetRequiredService<IChannelStateStore>(), reader, save: false);
        var check = services.GetRequiredService<ArticleCheck>();
        var problems = new List<Problem>();
        foreach (var name in reader.FeedNames())
        {
            var source = await ids.ClaimAsync(await reader.ReadAsync(name), CancellationToken.None);
            problems.AddRange(source.Problems);
            if (source.Definition is { } definition)
            {
                problems.AddRange(check.Faulty(definition, source.Articles, DateTimeOffset.MaxValue).Select(f => Faults.InFile(f.Article.File, "published", f.Fault)));
            }
        }

        Print(services.GetRequiredService<ResolvedPaths>().Feeds, problems);
        Console.WriteLine($"{problems.Count(p => p.IsError)} errors, {problems.Count(p => !p.IsError)} warnings");
        return problems.Count == 0 ? 0 : 1;
    }

    private static void Print(string feedsRoot, IEnumerable<Problem> problems)
    {
        var here = Directory.GetCurrentDirectory();
        foreach (var problem in problems)
        {
            var file = Path.GetRelativePath(here, Path.Combine(feedsRoot, problem.File));
            // Keys and file names come from content: escaped, so none can fake a line or drive the terminal.
            Console.Error.WriteLine(Logging.LogText.Escape((problem with { File = file }).ToString()));
        }
    }
}
