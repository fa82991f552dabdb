using Microsoft.Extensions.Options;
using Syndication.Core.Audience;
using Syndication.Service.Audience;
using Syndication.Service.Options;

namespace Syndication.Service;

/// <summary>Who reads the feeds (aggregators' subscriber counts, direct clients) and how they poll (the optional fast-polling limit is in RateLimitServices).</summary>
internal static class AudienceServices
{
    public static WebApplicationBuilder AddAudience(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SyndicationOptions>>().Value.Audience;
            return new AudienceLedger(provider.GetRequiredService<TimeProvider>(), TimeSpan.FromHours(options.WindowHours), options.MaxClients);
        });
        services.AddSingleton<PollingStatistics>();
        services.AddSingleton<FeedTraffic>();
        services.AddSingleton<AudienceQuery>();
        return builder;
    }
}
