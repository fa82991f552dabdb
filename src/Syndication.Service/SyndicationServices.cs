using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Syndication.Core.Building;
using Syndication.Service.Endpoints;
using Syndication.Service.Options;
using Syndication.Service.Publishing;
using Syndication.Service.Storage;

namespace Syndication.Service;

/// <summary>Registers the feed pipeline: validated options, the source reader, the document store, the builder and the regenerator.</summary>
internal static class SyndicationServices
{
    public static WebApplicationBuilder AddSyndication(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SyndicationOptions>().BindConfiguration(SyndicationOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SyndicationOptions>, SyndicationOptionsValidator>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ResolvedPaths>();
        services.AddSingleton<FeedSourceReader>();
        services.AddSingleton<IDocumentStore, FileDocumentStore>();
        services.AddSingleton<OutputPermissions>();
        services.AddSingleton(sp => new PublicUrls(new Uri(sp.GetRequiredService<IOptions<SyndicationOptions>>().Value.PublicBaseUrl)));
        services.AddSingleton(sp => new FeedBuilder(sp.GetRequiredService<PublicUrls>(),
            sp.GetRequiredService<IOptions<SyndicationOptions>>().Value.WebSub.Hubs.Select(h => new Uri(h)).ToList()));
        services.AddSingleton<RunHistory>();
        services.AddSingleton<FeedVersions>();
        services.AddSingleton<FeedArchives>();
        services.AddSingleton<StaleArticles>();
        services.AddSingleton<FeedPublisher>();
        services.AddSingleton<FeedRegenerator>();
        services.AddSingleton<AdminToken>();
        services.AddSingleton<AdminFailureLimiter>();
        services.AddProblemDetails();
        AddAdminListener(builder);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Nothing here takes a request body, and no honest request needs more than a few KiB of headers.
            kestrel.Limits.MaxRequestBodySize = 64 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
            kestrel.Limits.MaxRequestLineSize = 4 * 1024;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
        });
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return builder;
    }

    /// <summary>With Syndication:AdminUrl set, Kestrel listens there as well as on the public URLs.</summary>
    private static void AddAdminListener(WebApplicationBuilder builder)
    {
        var adminUrl = builder.Configuration[$"{SyndicationOptions.Section}:{nameof(SyndicationOptions.AdminUrl)}"];
        if (string.IsNullOrEmpty(adminUrl) || !Uri.TryCreate(adminUrl, UriKind.Absolute, out _))
        {
            return;
        }

        var publicUrls = (builder.Configuration["urls"] ?? "http://localhost:5000").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        builder.WebHost.UseUrls([.. publicUrls, adminUrl]);
    }
}
