using System.Runtime.InteropServices;

namespace Syndication.Benchmarks.Compare;

/// <summary>One line naming the machine a comparison ran on, for the README next to its numbers.</summary>
internal static class Machine
{
    public static async Task<string> DescribeAsync() => Describe(await HugoAsync());

    /// <summary>The line, ending with the tools compared against (name and version).</summary>
    public static string Describe(string tools)
    {
        var cpu = Field("/proc/cpuinfo", "model name", ':') ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = Field("/proc/meminfo", "MemTotal", ':') is { } total && long.TryParse(total.Split(' ')[0], out var kib)
            ? $"{kib / 1048576.0:F0} GiB" : "?";
        var os = Field("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription;
        return $"machine: {Environment.ProcessorCount} cores ({cpu}), {memory} memory, {os}, .NET {Environment.Version}, {tools}";
    }

    private static async Task<string> HugoAsync() =>
        !ChildProcess.OnPath("hugo") ? "no hugo"
        : (await ChildProcess.RunAsync(".", "hugo", "version")).Output.Split(' ') is [_, var version, ..] ? $"hugo {version}" : "hugo";

    private static string? Field(string file, string name, char separator) =>
        File.Exists(file)
            ? File.ReadLines(file).Where(l => l.StartsWith(name, StringComparison.Ordinal)).Select(l => l[(l.IndexOf(separator, StringComparison.Ordinal) + 1)..].Trim()).FirstOrDefault()
            : null;
}
