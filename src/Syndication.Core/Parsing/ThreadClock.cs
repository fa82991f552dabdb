using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Syndication.Core.Parsing;

/// <summary>
/// The processor time the current thread has used, in <see cref="Stopwatch"/> ticks: what an article costs, whatever
/// else the machine is doing. Falls back to the wall clock where the platform offers no per-thread clock.
/// </summary>
internal static class ThreadClock
{
    // CLOCK_THREAD_CPUTIME_ID: 3 on Linux, 16 on macOS.
    private static readonly int ClockId = OperatingSystem.IsLinux() ? 3 : OperatingSystem.IsMacOS() ? 16 : -1;

    public static bool IsPerThread { get; } = ClockId >= 0 && TryRead(out _);

    public static long Now() => IsPerThread && TryRead(out var ticks) ? ticks : Stopwatch.GetTimestamp();

    private static bool TryRead(out long ticks)
    {
        ticks = 0;
        try
        {
            if (ClockGetTime(ClockId, out var time) != 0)
            {
                return false;
            }

            ticks = (long)((time.Seconds + time.Nanoseconds / 1e9) * Stopwatch.Frequency);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);
}
