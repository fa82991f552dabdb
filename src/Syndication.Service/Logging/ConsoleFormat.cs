namespace Syndication.Service.Logging;

/// <summary>
/// <c>Syndication:LogFormat</c>: <c>text</c> (the configured output template, for people) or <c>json</c> (Serilog's
/// compact JSON, one object per line, for log shippers). JSON rewrites the arguments of each configured Console sink;
/// other sinks keep theirs, and all of them still sit behind <see cref="EscapingSink"/>.
/// </summary>
internal static class ConsoleFormat
{
    public const string Setting = "Syndication:LogFormat";
    public const string Text = "text";
    public const string Json = "json";

    private const string JsonFormatter = "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact";

    // The Console sink's arguments that lay out text; the JSON formatter takes their place.
    private static readonly string[] TextArguments = ["outputTemplate", "theme", "formatProvider", "applyThemeToRedirectedOutput"];

    public static bool IsKnown(string? value) =>
        string.IsNullOrEmpty(value) || value.Equals(Text, StringComparison.OrdinalIgnoreCase) || value.Equals(Json, StringComparison.OrdinalIgnoreCase);

    public static bool IsJson(IConfiguration configuration) => string.Equals(configuration[Setting], Json, StringComparison.OrdinalIgnoreCase);

    /// <summary>The sink settings (<c>Serilog:WriteTo:…</c>) with every Console sink, long form or short (<c>"WriteTo": ["Console"]</c>), writing compact JSON.</summary>
    public static List<KeyValuePair<string, string?>> AsJson(IReadOnlyList<KeyValuePair<string, string?>> sinks)
    {
        var consoles = sinks.Where(s => IsConsole(s.Value) && (s.Key.EndsWith(":Name", StringComparison.OrdinalIgnoreCase) || IsShortForm(s.Key)))
            .Select(s => IsShortForm(s.Key) ? s.Key : s.Key[..^":Name".Length]).ToList();
        var rewritten = sinks
            .Where(s => !consoles.Any(c => TextArguments.Any(a => s.Key.Equals($"{c}:Args:{a}", StringComparison.OrdinalIgnoreCase))))
            .Select(s => IsShortForm(s.Key) && IsConsole(s.Value) ? KeyValuePair.Create($"{s.Key}:Name", s.Value) : s)
            .ToList();
        rewritten.AddRange(consoles.Select(c => KeyValuePair.Create<string, string?>($"{c}:Args:formatter", JsonFormatter)));
        return rewritten;
    }

    private static bool IsConsole(string? sinkName) => string.Equals(sinkName, "Console", StringComparison.OrdinalIgnoreCase);

    // "Serilog:WriteTo:0" holding a sink's name rather than a section.
    private static bool IsShortForm(string key) => key.Count(c => c == ':') == 2;
}
