using Syndication.Core.Model;

namespace Syndication.Core.Parsing;

/// <summary>
/// Caps what one file can report, so a file cannot multiply itself into the log, the status page and the regenerate
/// answer: 100,000 unknown keys are the first <see cref="MaxPerKind"/> warnings and one that counts the rest.
/// Problems of a kind share a severity and a hint (the same fix); a summary of errors is itself an error.
/// </summary>
internal static class ProblemLimits
{
    public const int MaxPerKind = 20;

    /// <summary>However many kinds there are, a file reports at most this many problems plus one summary.</summary>
    public const int MaxPerFile = 100;

    public static List<Problem> Cap(List<Problem> problems)
    {
        var seen = new Dictionary<(Severity, string), int>();
        var kept = new List<Problem>();
        var dropped = new Dictionary<(Severity, string), (Problem First, int Count)>();
        foreach (var problem in problems)
        {
            var kind = (problem.Severity, problem.Hint ?? problem.Message);
            if ((seen[kind] = seen.GetValueOrDefault(kind) + 1) <= MaxPerKind)
            {
                kept.Add(problem);
            }
            else
            {
                dropped[kind] = dropped.TryGetValue(kind, out var d) ? (d.First, d.Count + 1) : (problem, 1);
            }
        }

        // Dictionary order is insertion order while nothing is removed: summaries follow the order kinds first overflowed.
        var summaries = dropped.Values.Select(d => (Problem: Summary(d.First, d.Count), d.Count)).ToList();
        if (kept.Count + summaries.Count <= MaxPerFile + 1)
        {
            return [.. kept, .. summaries.Select(s => s.Problem)];
        }

        var rest = kept.Skip(MaxPerFile).Select(p => (Problem: p, Count: 1)).Concat(summaries).ToList();
        var severity = rest.Any(r => r.Problem.IsError) ? Severity.Error : Severity.Warning;
        var more = new Problem(severity, rest[0].Problem.File, 0, $"… and {rest.Sum(r => r.Count):N0} more problems of other kinds, not listed",
            "Fix the problems listed above, then check the file again");
        return [.. kept.Take(MaxPerFile), more];
    }

    private static Problem Summary(Problem first, int count) => first with
    {
        Message = first.Line > 0
            ? $"… and {count:N0} more like this, from line {first.Line} on: {first.Message}"
            : $"… and {count:N0} more like this: {first.Message}",
    };
}
