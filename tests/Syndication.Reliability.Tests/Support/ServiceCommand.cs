using System.Diagnostics;

namespace Syndication.Reliability.Tests.Support;

/// <summary>The command line and environment that start the service on a content folder, as an operator would.</summary>
public static class ServiceCommand
{
    public const string AdminToken = "reliability-admin-token";
    public const string NeverSchedule = "0 0 0 1 1 ? 2099";
    public const string EverySecond = "* * * * * ?";

    /// <param name="settings">"Syndication:Schedule" style keys, passed as environment variables; they win over the defaults here.</param>
    public static ProcessStartInfo For(ContentFolder content, int port, IReadOnlyDictionary<string, string>? settings)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            // The service reads appsettings.json (Serilog's console sink) from its content root, the working directory.
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Syndication.Service.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var key in start.Environment.Keys.Where(IsInherited).ToList())
        {
            start.Environment.Remove(key);
        }

        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Syndication:FeedsPath"] = content.FeedsPath,
            ["Syndication:OutputPath"] = content.OutputPath,
            ["Syndication:PublicBaseUrl"] = "http://feeds.test/",
            ["Syndication:Schedule"] = NeverSchedule,
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
