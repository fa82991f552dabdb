using System.Diagnostics;

namespace Syndication.Reliability.Tests.Support;

/// <summary>Bounded polling instead of fixed sleeps: asks again every 50 ms until the answer is there or time is up.</summary>
public static class Poll
{
    public static async Task<T> UntilAsync<T>(Func<T?> probe, TimeSpan timeout, string? what = null)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (probe() is { } value)
            {
                return value;
            }

            if (clock.Elapsed > timeout)
            {
                Assert.Fail($"Timed out after {timeout.TotalSeconds:0} s waiting for {what ?? "a condition"}.");
            }

            await Task.Delay(50);
        }
    }
}
