using Microsoft.Extensions.Logging.Abstractions;
using Syndication.Core.Building;
using Syndication.Core.Model;
using Syndication.Service.Options;
using Syndication.Service.Publishing;
using Syndication.Service.Storage;

namespace Syndication.Service.Cli;

/// <summary>The commands behind <see cref="CommandLine"/>; problems go to standard error as <c>file:line: message</c>.</summary>
internal static class OneShot
{
    /// <summary>Writes every document once, for static hosting; exit 1 when any source had an error (what could be published still is).</summary>
    public static async Task<int> GenerateAsync(IConfiguration configuration)
    {
        var options = Bind(configuration);
        if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var baseUrl))
        {
            await Console.Error.WriteLineAsync($"Configuration error: Syndication:PublicBaseUrl '{options.PublicBaseUrl}' is not an absolute URL");
            return 2;
        }

        var feeds = Path.GetFullPath(options.FeedsPath);
        var urls = new PublicUrls(baseUrl);
        var store = new FileDocumentStore(Path.GetFullPath(options.OutputPath));
        var publisher = new FeedPublisher(store, new FeedBuilder(urls), ITopicAnnouncer.None, new FeedVersions(store), new FeedArchives(store), TimeProvider.System);
        var regenerator = new FeedRegenerator(new FeedSourceReader(feeds, options.MaxArticleBytes), publisher, new StaleArticles(store), store, urls,
            new RunHistory(), TimeProvider.System, NullLogger<FeedRegenerator>.Instance);
        var report = await regenerator.RunAsync(null, null, CancellationToken.None);
        var problems = report.Feeds.SelectMany(f => f.Errors.Concat(f.Warnings)).ToList();
        Print(feeds, problems);
        foreach (var feed in report.Feeds)
        {
            Console.WriteLine($"{feed.Feed}: {feed.Entries} entries, {(feed.Changed ? "changed" : "unchanged")}, {feed.DurationMs} ms");
        }

        return report.Succeeded && !problems.Any(p => p.IsError) ? 0 : 1;
    }

    /// <summary>Checks every source without writing anything; exit 1 when there is any problem at all, warnings included.</summary>
    public static int Validate(IConfiguration configuration)
    {
        var feeds = Path.GetFullPath(Bind(configuration).FeedsPath);
        if (!Directory.Exists(feeds))
        {
            Console.Error.WriteLine($"{feeds}: error: the feeds folder does not exist");
            return 1;
        }

        var reader = new FeedSourceReader(feeds, Bind(configuration).MaxArticleBytes);
        var problems = reader.FeedNames().SelectMany(name => reader.Read(name).Problems).ToList();
        Print(feeds, problems);
        Console.WriteLine($"{problems.Count(p => p.IsError)} errors, {problems.Count(p => !p.IsError)} warnings");
        return problems.Count == 0 ? 0 : 1;
    }

    private static SyndicationOptions Bind(IConfiguration configuration) =>
        configuration.GetSection(SyndicationOptions.Section).Get<SyndicationOptions>() ?? new SyndicationOptions();

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
