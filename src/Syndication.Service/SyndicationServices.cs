using System.Text.Json.Serialization;
using Syndication.Service.Endpoints;

namespace Syndication.Service;

/// <summary>Registers the feed pipeline (validated options, sources, store, builder, regenerator) and the web host's limits.</summary>
internal static class SyndicationServices
{
    public static WebApplicationBuilder AddSyndication(this WebApplicationBuilder builder)
    {
        NativeHeap.Configure();   // before the host starts: compression's freed encoders go back to the system
        var services = builder.Services;
        services.AddFeedPipeline();
        services.AddProblemDetails();
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
}
