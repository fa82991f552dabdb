using Serilog;
using Syndication.Service.Logging;

namespace Syndication.Service;

/// <summary>
/// Serilog from the "Serilog" section of appsettings.json; a plain (not bootstrap) logger, so several test hosts can start
/// in one process. The configured sinks sit behind <see cref="EscapingSink"/>: no request or content writes a control character into the log.
/// </summary>
internal static class LoggingServices
{
    private const string Section = "Serilog";
    private static readonly string[] SinkKeys = [$"{Section}:WriteTo", $"{Section}:AuditTo"];

    public static WebApplicationBuilder AddSyndicationLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(Settings(builder.Configuration, sinks: false))
            .Enrich.FromLogContext()
            .WriteTo.Sink(new EscapingSink(new LoggerConfiguration()
                .MinimumLevel.Verbose()   // the levels were applied before the event got here
                .ReadFrom.Configuration(Settings(builder.Configuration, sinks: true))
                .ReadFrom.Services(services)   // sinks registered in code sit behind the escaping too
                .CreateLogger())));
        return builder;
    }

    /// <summary>The Serilog section split in two: the sinks, or everything else (levels, enrichers, filters); both keep "Using".</summary>
    private static IConfiguration Settings(ConfigurationManager configuration, bool sinks) =>
        new ConfigurationBuilder().AddInMemoryCollection(configuration.GetSection(Section).AsEnumerable()
            .Where(setting => setting.Key == Section || setting.Key.StartsWith($"{Section}:Using", StringComparison.OrdinalIgnoreCase)
                || SinkKeys.Any(k => setting.Key.StartsWith(k, StringComparison.OrdinalIgnoreCase)) == sinks)).Build();
}
