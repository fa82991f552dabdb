using Microsoft.Extensions.Options;
using Syndication.Core.Building;
using Syndication.Core.Channels;
using Syndication.Core.Parsing;
using Syndication.Service.Options;
using Syndication.Service.Publishing;
using Syndication.Service.Storage;
using Syndication.Service.WebSub;

namespace Syndication.Service;

/// <summary>The feed pipeline, from sources to published documents: one registration for the service and the one-shot commands.</summary>
internal static class FeedPipelineServices
{
    public static IServiceCollection AddFeedPipeline(this IServiceCollection services)
    {
        // Bound and checked here, so the service and the one-shot commands read and refuse the same settings alike.
        services.AddOptions<SyndicationOptions>().BindConfiguration(SyndicationOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SyndicationOptions>, SyndicationOptionsValidator>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ResolvedPaths>();
        services.AddSingleton<ArticleParse>(ArticleParser.Parse);
        services.AddSingleton<ParseCache>();
        services.AddSingleton<FeedSourceReader>();
        // The bounded cache goes in front of whichever store holds the documents.
        services.AddSingleton<FileDocumentStore>();
        services.AddSingleton<IDocumentStore>(sp => new CachingDocumentStore(sp.GetRequiredService<FileDocumentStore>()));
        services.AddSingleton<OutputPermissions>();
        services.AddSingleton(sp => new PublicUrls(new Uri(sp.GetRequiredService<IOptions<SyndicationOptions>>().Value.PublicBaseUrl)));
        // Documents advertise each hub without its credentials (see Hub).
        services.AddSingleton<IReadOnlyList<Hub>>(sp => Hub.From(sp.GetRequiredService<IOptions<SyndicationOptions>>().Value.WebSub.Hubs));
        services.AddSingleton(sp => new FeedBuilder(sp.GetRequiredService<PublicUrls>(),
            [.. sp.GetRequiredService<IReadOnlyList<Hub>>().Select(h => h.Advertised)]));
        services.AddSingleton<RunHistory>();
        services.AddSingleton<FeedVersions>();
        services.AddSingleton<IChannelStateStore, ChannelStates>();
        services.AddSingleton<StateFiles>();
        services.AddSingleton<StaleArticles>();
        services.AddSingleton<UnchangedFeeds>();
        services.AddSingleton<EntryIdentities>();
        services.AddSingleton(new FeedSerialiser());
        services.AddSingleton<ArticleCheck>();
        services.AddSingleton<FeedPublisher>();
        services.AddSingleton<FeedRunner>();
        services.AddSingleton<FeedRegenerator>();
        services.AddSingleton<SitePublisher>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SyndicationOptions>>().Value;
            return new SiteChannel(options.SiteTitle, options.SiteDescription);
        });
        // The channels derived from each feed; a new kind is one class with a Derive function, and one line here.
        services.AddSingleton<IReadOnlyList<ChannelKind>>([TagChannel.Derive, CategoryChannel.Derive]);
        services.AddSingleton(IRunProgress.None);   // generate registers its display after this
        return services;
    }
}
