using Serilog;

namespace Syndication.Service;

/// <summary>Serilog from the "Serilog" section of appsettings.json; a plain (not bootstrap) logger, so several test hosts can start in one process.</summary>
internal static class LoggingServices
{
    public static WebApplicationBuilder AddSyndicationLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }
}
