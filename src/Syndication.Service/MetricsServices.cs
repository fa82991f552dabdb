using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Syndication.Service.Metrics;

namespace Syndication.Service;

/// <summary>
/// Metrics: the service's own instruments and ASP.NET Core's request duration (by route template and status), exported
/// in Prometheus text format by OpenTelemetry's exporter; the instruments know nothing of the exporter.
/// </summary>
internal static class MetricsServices
{
    private const string AspNetCoreHosting = "Microsoft.AspNetCore.Hosting";

    public static WebApplicationBuilder AddSyndicationMetrics(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SyndicationMetrics>();
        builder.Services.AddSingleton<StateGauges>();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("syndication"))
            .WithMetrics(metrics => metrics
                // By meter name, so several hosts in one process (in-process tests) would each export all of them; the metrics tests use a process of their own.
                .AddMeter(SyndicationMetrics.MeterName, AspNetCoreHosting)
                // Dropped, so ASP.NET Core does not count requests in flight at all: requests by route and status are enough.
                .AddView("http.server.active_requests", MetricStreamConfiguration.Drop)
                // Each scrape sees the values of that moment; Prometheus scrapes every 15 s or so, a cache would save nothing.
                .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));
        return builder;
    }
}
