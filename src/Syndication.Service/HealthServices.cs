using Quartz;
using Syndication.Service.Endpoints;
using Syndication.Service.Publishing;

namespace Syndication.Service;

/// <summary>Readiness checks: every feed has documents to serve, and Quartz's scheduler is running.</summary>
internal static class HealthServices
{
    public static WebApplicationBuilder AddSyndicationHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DocumentsReadyCheck>("documents", tags: [HealthEndpoints.ReadyTag])
            .AddQuartz(quartz => quartz.Tags.Add(HealthEndpoints.ReadyTag));
        return builder;
    }
}
