using Microsoft.Extensions.Hosting.Internal;
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
        if (await BaseUrlErrorAsync(configuration) is { } exit)
        {
            return exit;
        }

        await using var services = Pipeline(configuration);
        var report = await services.GetRequiredService<FeedRegenerator>().RunAsync(null, null, CancellationToken.None);
        var problems = report.Errors.Concat(report.Feeds.SelectMany(f => f.Errors.Concat(f.Warnings))).ToList();
        Print(services.GetRequiredService<ResolvedPaths>().Feeds, problems);
        foreach (var feed in report.Feeds)
        {
            Console.WriteLine($"{feed.Feed}: {feed.Entries} entries, {(feed.Changed ? "changed" : "unchanged")}, {feed.DurationMs} ms");
        }

        return report.Succeeded && !problems.Any(p => p.IsError) ? 0 : 1;
    }

    /// <summary>Checks every source without writing anything, each article built and serialised as a run would; exit 1 on any problem, warnings included.</summary>
    public static async Task<int> ValidateAsync(IConfiguration configuration)
    {
        if (await BaseUrlErrorAsync(configuration) is { } exit)
        {
            return exit;
        }

        await using var services = Pipeline(configuration);
        var feeds = services.GetRequiredService<ResolvedPaths>().Feeds;
        if (!Directory.Exists(feeds))
        {
            await Console.Error.WriteLineAsync($"{feeds}: error: the feeds folder does not exist");
            return 1;
        }

        var reader = services.GetRequiredService<FeedSourceReader>();
        var ids = new SiteEntryIds();
        var check = services.GetRequiredService<ArticleCheck>();
        var problems = new List<Problem>();
        foreach (var name in reader.FeedNames())
        {
            var source = ids.Claim(reader.Read(name));
            problems.AddRange(source.Problems);
            if (source.Definition is { } definition)
            {
                problems.AddRange(check.Faulty(definition, source.Articles, DateTimeOffset.MaxValue).Select(f => Faults.InFile(f.Article.File, "published", f.Fault)));
            }
        }

        Print(feeds, problems);
        Console.WriteLine($"{problems.Count(p => p.IsError)} errors, {problems.Count(p => !p.IsError)} warnings");
        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>The service's own pipeline, registered as the service registers it; nobody listens for changed topics.</summary>
    private static ServiceProvider Pipeline(IConfiguration configuration)
    {
        var services = new ServiceCollection()
            .AddSingleton(configuration)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = Directory.GetCurrentDirectory() })
            .AddSingleton(ITopicAnnouncer.None)
            .AddLogging();
        services.AddOptions<SyndicationOptions>().Bind(configuration.GetSection(SyndicationOptions.Section));
        return services.AddFeedPipeline().BuildServiceProvider();
    }

    /// <summary>Exit code 2 with one clear line when the base URL every link is made from is not an absolute URL.</summary>
    private static async Task<int?> BaseUrlErrorAsync(IConfiguration configuration)
    {
        var options = configuration.GetSection(SyndicationOptions.Section).Get<SyndicationOptions>() ?? new SyndicationOptions();
        if (Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out _))
        {
            return null;
        }

        await Console.Error.WriteLineAsync($"Configuration error: Syndication:PublicBaseUrl '{options.PublicBaseUrl}' is not an absolute URL");
        return Startup.ConfigurationError;
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
