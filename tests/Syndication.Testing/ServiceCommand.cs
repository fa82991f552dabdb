using System.Diagnostics;

namespace Syndication.Testing;

/// <summary>The command line and environment that start the service (Syndication.Service.dll next to the tests), as an operator would.</summary>
public static class ServiceCommand
{
    public const string AdminToken = "reliability-admin-token";
    public const string NeverSchedule = "0 0 0 1 1 ? 2099";
    public const string EverySecond = "* * * * * ?";

    public static string ServiceDll => Path.Combine(AppContext.BaseDirectory, "Syndication.Service.dll");

    /// <summary>
    /// <c>dotnet Syndication.Service.dll arguments…</c> in <paramref name="workingDirectory"/> (its content root, where it
    /// reads appsettings.json), output redirected, with none of the test runner's own service settings inherited.
    /// </summary>
    public static ProcessStartInfo Dll(string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ServiceDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in start.Environment.Keys.Where(IsInherited).ToList())
        {
            start.Environment.Remove(key);
        }

        return start;
    }

    /// <summary>The service on <paramref name="content"/>, listening on 127.0.0.1:<paramref name="port"/>, run from the test binaries' folder.</summary>
    /// <param name="settings">"Syndication:Schedule" style keys, passed as environment variables; they win over the defaults here.</param>
    public static ProcessStartInfo For(TempFeeds content, int port, IReadOnlyDictionary<string, string>? settings)
    {
        var start = Dll(AppContext.BaseDirectory, ["--urls", $"http://127.0.0.1:{port}"]);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Syndication:FeedsPath"] = content.FeedsPath,
            ["Syndication:OutputPath"] = content.OutputPath,
            ["Syndication:PublicBaseUrl"] = "http://feeds.test/",
            ["Syndication:Schedule"] = NeverSchedule,
            ["Syndication:WatchFeeds"] = "false",
            ["Syndication:AdminToken"] = AdminToken,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }

    /// <summary>Settings the test runner's own environment might carry into the service.</summary>
    private static bool IsInherited(string key) =>
        key.StartsWith("Syndication__", StringComparison.OrdinalIgnoreCase) || key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Serilog__", StringComparison.OrdinalIgnoreCase);

    /// <summary>The dotnet host running these tests, so the service runs on the same runtime.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet"
            ? self
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
}
