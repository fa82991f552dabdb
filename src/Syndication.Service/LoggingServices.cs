using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;
using Syndication.Service.Logging;

namespace Syndication.Service;

/// <summary>
/// Serilog from the "Serilog" section of appsettings.json; a plain (not bootstrap) logger of each host's own, so several
/// test hosts can run in one process without writing into each other's sinks. The configured sinks sit behind <see cref="EscapingSink"/>: no request or content writes a control character into the log.
/// <c>Syndication:LogFormat=json</c> switches the Console sinks to compact JSON (<see cref="ConsoleFormat"/>).
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
                .CreateLogger())),
            // The static Log.Logger is left alone: each host logs through its own logger, never through another's.
            preserveStaticLogger: true);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<RequestTally>();
        builder.Services.AddHostedService<RequestSummary>();
        return builder;
    }

    /// <summary>
    /// One event per request that went wrong and a summary of the rest (<see cref="RequestTally"/>), through this host's
    /// logger (by default the middleware writes to the static Log.Logger).
    /// </summary>
    public static WebApplication UseSyndicationRequestLogging(this WebApplication app)
    {
        var tally = app.Services.GetRequiredService<RequestTally>();
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.GetLevel = tally.Level;
        });
        return app;
    }

    /// <summary>The Serilog section split in two: the sinks, or everything else (levels, enrichers, filters); both keep "Using".</summary>
    private static IConfiguration Settings(ConfigurationManager configuration, bool sinks)
    {
        var settings = configuration.GetSection(Section).AsEnumerable()
            .Where(setting => setting.Key == Section || setting.Key.StartsWith($"{Section}:Using", StringComparison.OrdinalIgnoreCase)
                || SinkKeys.Any(k => setting.Key.StartsWith(k, StringComparison.OrdinalIgnoreCase)) == sinks).ToList();
        return new ConfigurationBuilder().AddInMemoryCollection(sinks && ConsoleFormat.IsJson(configuration) ? ConsoleFormat.AsJson(settings) : settings).Build();
    }
}
