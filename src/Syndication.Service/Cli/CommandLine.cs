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

    public Task<int> RunAsync()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(_rest, Switches)
            .Build();
        return _verb == "generate" ? OneShot.GenerateAsync(configuration) : Task.FromResult(OneShot.Validate(configuration));
    }
}
