namespace Syndication.Benchmarks.Compare;

/// <summary>Resident memory of a running process from /proc; null where there is no /proc or the process has gone.</summary>
internal static class ProcessMemory
{
    /// <summary>VmRSS (resident now) and VmHWM (peak resident).</summary>
    public static (long? Resident, long? Peak) Of(int pid)
    {
        try
        {
            var lines = File.ReadAllLines($"/proc/{pid}/status");
            return (Kib(lines, "VmRSS:"), Kib(lines, "VmHWM:"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, null);
        }
    }

    /// <summary>Resident now of a process and its children together, as for nginx's master and its workers.</summary>
    public static long? ResidentWithChildren(int pid) =>
        Of(pid).Resident is { } own ? own + Children(pid).Sum(child => Of(child).Resident ?? 0) : null;

    /// <summary>The processes whose parent is <paramref name="pid"/>: field 4 of /proc/N/stat, after the command name in parentheses.</summary>
    private static IEnumerable<int> Children(int pid)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var candidate))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(dir, "stat"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;   // it exited while we looked
            }

            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (fields.Length > 1 && int.TryParse(fields[1], out var parent) && parent == pid)
            {
                yield return candidate;
            }
        }
    }

    private static long? Kib(string[] lines, string name) =>
        lines.FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal))?[name.Length..].Trim().Split(' ')[0] is { } kib && long.TryParse(kib, out var value)
            ? value * 1024
            : null;
}
