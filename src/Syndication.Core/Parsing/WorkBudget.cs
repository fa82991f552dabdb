using System.Diagnostics;

namespace Syndication.Core.Parsing;

/// <summary>
/// How much work one article may cost. Markdig and AngleSharp call <see cref="Check"/> at cheap points inside their
/// loops, so input made to be slow is refused at the limit instead of stalling the whole run. The limit is processor
/// time of the reading thread (<see cref="ThreadClock"/>), so a busy machine does not refuse a good article; a much
/// longer wall-clock limit still bounds how long the run can wait.
/// </summary>
internal sealed class WorkBudget
{
    /// <summary>Far above what a real article needs (tens of milliseconds), within the two seconds an article may take.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(1);

    /// <summary>Wall-clock limit, for a machine so busy that the reading thread hardly runs.</summary>
    public static readonly TimeSpan WallClock = TimeSpan.FromSeconds(10);

    // Reading a clock costs well under a microsecond; every 16th call keeps the overshoot to a few parser steps.
    private const int CallsPerClockRead = 16;

    private const string BodyHint = "Something in the body makes the Markdown or HTML parser do far more work than its size suggests: look for very long runs of unclosed brackets, parentheses, emphasis markers, table cells or HTML tags, and close or split them";

    private readonly long _cpuDeadline;
    private readonly long _wallStart;
    private readonly long _wallLimit;
    private readonly long _limitMilliseconds;
    private int _calls;

    public WorkBudget(TimeSpan limit)
    {
        Limit = limit;
        _cpuDeadline = ThreadClock.Now() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        _limitMilliseconds = (long)limit.TotalMilliseconds;
        _wallStart = Environment.TickCount64;
        _wallLimit = (long)(limit > WallClock ? limit : WallClock).TotalMilliseconds;
    }

    public TimeSpan Limit { get; }

    /// <summary>Throws <see cref="ArticleRefusedException"/> once the budget is spent; <paramref name="line"/> is where reading had got to (0 when unknown).</summary>
    public void Check(string stage, int line, string hint = BodyHint)
    {
        if (++_calls % CallsPerClockRead == 0 && Spent())
        {
            throw new ArticleRefusedException(line, $"reading took more than {Limit.TotalSeconds:0.##} s and was stopped while {stage}", hint);
        }
    }

    // A thread cannot have used more processor time than has passed, so the thread clock (a system call, a fifth of all
    // reading time when read at every check) is only read once the wall clock says the limit could have been reached.
    // The wall clock is the tick count: milliseconds are fine enough for limits of seconds, and it is read in a few
    // nanoseconds where a Stopwatch timestamp takes a call into the system library.
    private bool Spent()
    {
        var elapsed = Environment.TickCount64 - _wallStart;
        return elapsed > _wallLimit || (elapsed > _limitMilliseconds && ThreadClock.Now() > _cpuDeadline);
    }
}
