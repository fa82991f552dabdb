using Microsoft.Extensions.Options;
using Syndication.Service.Publishing;

namespace Syndication.Service.Cli;

/// <summary>The one-shot commands: <c>generate [--feeds DIR] [--out DIR] [--base-url URL]</c> and <c>validate [--feeds DIR]</c>.</summary>
internal sealed class CommandLine
{
    private static readonly Dictionary<string, string> Switches = new(StringComparer.Ordinal)
    {
        ["--feeds"] = "Syndication:FeedsPath",
        ["--out"] = "Syndication:OutputPath",
        ["--base-url"] = "Syndication:PublicBaseUrl",
    };

    private readonly string _verb;
    private readonly string[] _rest;

    private CommandLine(string verb, string[] rest)
    {
        _verb = verb;
        _rest = rest;
    }

    public static CommandLine? Find(string[] args) =>
        args is [("generate" or "validate") and var verb, .. var rest] ? new CommandLine(verb, rest) : null;

    /// <summary>The command's exit code: 0 all well, 1 problems in the sources or a fault, 2 bad configuration; never anything else.</summary>
    public async Task<int> RunAsync()
    {
        WebApplication app;
        try
        {
            app = Build();
        }
        catch (Exception e)
        {
            await Console.Error.WriteLineAsync($"Configuration error: {e.Message}");
            return Startup.ConfigurationError;
        }

        await using (app)
        {
            try
            {
                // What the service's host does first when it starts: the same validators, the same lines, the same exit code.
                app.Services.GetService<IStartupValidator>()?.Validate();
            }
            catch (OptionsValidationException e)
            {
                return await Startup.ReportAsync(e);
            }

            try
            {
                return _verb == "generate" ? await OneShot.GenerateAsync(app.Services) : await OneShot.ValidateAsync(app.Services);
            }
            catch (Exception e)
            {
                // The last line of defence: a fault nobody foresaw is still an error report and exit code 1, never a crash.
                await Console.Error.WriteLineAsync($"error: {_verb} failed ({e.GetType().Name}: {e.Message})");
                return 1;
            }
        }
    }

    /// <summary>
    /// The service's own builder (the same configuration sources, environment and content root) with the command's
    /// switches on top, and the service's own pipeline registration; never started, so nothing listens.
    /// </summary>
    private WebApplication Build()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = _rest });
        builder.Configuration.AddCommandLine(_rest, Switches);
        builder.Logging.ClearProviders();   // the commands print their own lines
        builder.Services.AddSingleton(ITopicAnnouncer.None).AddFeedPipeline();
        if (_verb == "generate")
        {
            builder.Services.AddSingleton(sp => new ConsoleProgress(Console.Error, sp.GetRequiredService<TimeProvider>(), terminal: !Console.IsErrorRedirected));
            builder.Services.AddSingleton<IRunProgress>(sp => sp.GetRequiredService<ConsoleProgress>());
        }

        return builder.Build();
    }
}
