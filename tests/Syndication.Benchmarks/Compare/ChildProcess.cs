using System.Diagnostics;
using System.Globalization;

namespace Syndication.Benchmarks.Compare;

/// <summary>One measured run of a child process: wall time, peak resident memory and CPU time (user + system), exit code.</summary>
internal sealed record Measured(TimeSpan Wall, long? PeakBytes, TimeSpan? Cpu, int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;
}

/// <summary>
/// Runs a command under GNU time, which reports the child's peak resident set (ru_maxrss from wait4) after it exits;
/// .NET's Process cannot, as it reaps the child itself. Without GNU time the peak and CPU time are unknown.
/// </summary>
internal static class ChildProcess
{
    public const string GnuTime = "/usr/bin/time";

    public static bool CanMeasurePeak => File.Exists(GnuTime);

    public static Task<Measured> RunAsync(string workingDirectory, string command, params string[] arguments) =>
        RunAsync(Timeout.InfiniteTimeSpan, workingDirectory, command, arguments);

    /// <summary>As the overload without a timeout, but the command (and what it started) is killed if it runs past <paramref name="timeout"/>.</summary>
    public static async Task<Measured> RunAsync(TimeSpan timeout, string workingDirectory, string command, params string[] arguments)
    {
        var usage = Path.GetTempFileName();
        var start = new ProcessStartInfo
        {
            FileName = CanMeasurePeak ? GnuTime : command,
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (CanMeasurePeak)
        {
            foreach (var part in new[] { "-f", "%M %U %S", "-o", usage, command })
            {
                start.ArgumentList.Add(part);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {command}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using (var limit = new CancellationTokenSource(timeout))
        {
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                File.Delete(usage);
                throw new InvalidOperationException($"{command} did not finish within {timeout.TotalSeconds:F0} s and was killed");
            }
        }

        clock.Stop();
        var (peak, cpu) = ReadUsage(usage);
        File.Delete(usage);
        return new Measured(clock.Elapsed, peak, cpu, process.ExitCode, await output + await errors);
    }

    /// <summary>GNU time's last line: maximum resident set in KiB, then user and system seconds.</summary>
    private static (long? Peak, TimeSpan? Cpu) ReadUsage(string file)
    {
        var last = File.Exists(file) ? File.ReadAllLines(file).LastOrDefault(l => l.Length > 0) : null;
        var fields = last?.Split(' ');
        if (fields is not [var kib, var user, var system]
            || !long.TryParse(kib, CultureInfo.InvariantCulture, out var peak)
            || !double.TryParse(user, CultureInfo.InvariantCulture, out var userSeconds)
            || !double.TryParse(system, CultureInfo.InvariantCulture, out var systemSeconds))
        {
            return (null, null);
        }

        return (peak * 1024, TimeSpan.FromSeconds(userSeconds + systemSeconds));
    }

    /// <summary>Whether a command is on the PATH.</summary>
    public static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, command)));
}
