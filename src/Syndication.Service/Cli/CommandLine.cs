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
        IConfiguration configuration;
        try
        {
            configuration = new ConfigurationBuilder()
                .SetBasePath(Directory.GetCurrentDirectory())
                .AddJsonFile("appsettings.json", optional: true)
                .AddEnvironmentVariables()
                .AddCommandLine(_rest, Switches)
                .Build();
        }
        catch (Exception e)
        {
            await Console.Error.WriteLineAsync($"Configuration error: {e.Message}");
            return Startup.ConfigurationError;
        }

        try
        {
            return _verb == "generate" ? await OneShot.GenerateAsync(configuration) : await OneShot.ValidateAsync(configuration);
        }
        catch (Exception e)
        {
            // The last line of defence: a fault nobody foresaw is still an error report and exit code 1, never a crash.
            await Console.Error.WriteLineAsync($"error: {_verb} failed ({e.GetType().Name}: {e.Message})");
            return 1;
        }
    }
}
