namespace Syndication.Benchmarks.Serve;

/// <summary>
/// What the service wrote to its console while measured (the README's appsettings.json: one line per event,
/// "[HH:mm:ss LVL] Source: message"): lines, request events, warnings, and the first errors.
/// </summary>
internal sealed record ServiceLog(long Lines, long RequestEvents, long Warnings, long Errors, IReadOnlyList<string> FirstErrors)
{
    public static ServiceLog Read(string path)
    {
        long lines = 0, requests = 0, warnings = 0, errors = 0;
        var first = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            lines++;
            requests += line.Contains(" responded ", StringComparison.Ordinal) && line.Contains("HTTP ", StringComparison.Ordinal) ? 1 : 0;
            warnings += line.Contains(" WRN] ", StringComparison.Ordinal) ? 1 : 0;
            if (line.Contains(" ERR] ", StringComparison.Ordinal) || line.Contains(" FTL] ", StringComparison.Ordinal))
            {
                errors++;
                if (first.Count < 3)
                {
                    first.Add(line);
                }
            }
        }

        return new ServiceLog(lines, requests, warnings, errors, first);
    }
}
