using Microsoft.Extensions.Options;
using Syndication.Core.Building;
using Syndication.Core.Parsing;
using Syndication.Service.Options;
using Syndication.Service.Publishing;
using Syndication.Service.Storage;

namespace Syndication.Service;

/// <summary>The feed pipeline, from sources to published documents: one registration for the service and the one-shot commands.</summary>
internal static class FeedPipelineServices
{
    public static IServiceCollection AddFeedPipeline(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ResolvedPaths>();
        services.AddSingleton<ArticleParse>(ArticleParser.Parse);
        services.AddSingleton<FeedSourceReader>();
        services.AddSingleton<IDocumentStore, FileDocumentStore>();
        services.AddSingleton(sp => new PublicUrls(new Uri(sp.GetRequiredService<IOptions<SyndicationOptions>>().Value.PublicBaseUrl)));
        services.AddSingleton(sp => new FeedBuilder(sp.GetRequiredService<PublicUrls>(),
            sp.GetRequiredService<IOptions<SyndicationOptions>>().Value.WebSub.Hubs.Select(h => new Uri(h)).ToList()));
        services.AddSingleton<RunHistory>();
        services.AddSingleton<FeedVersions>();
        services.AddSingleton<FeedArchives>();
        services.AddSingleton<StateFiles>();
        services.AddSingleton<StaleArticles>();
        services.AddSingleton<SiteEntryIds>();
        services.AddSingleton(new FeedSerialiser());
        services.AddSingleton<ArticleCheck>();
        services.AddSingleton<FeedPublisher>();
        services.AddSingleton<FeedRunner>();
        services.AddSingleton<FeedRegenerator>();
        return services;
    }
}
