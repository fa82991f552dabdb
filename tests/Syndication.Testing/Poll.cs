using System.Diagnostics;

namespace Syndication.Testing;

/// <summary>
/// Bounded polling for real I/O (a process starting, a file or a log line appearing): asks again every 50 ms until the
/// answer is there or time is up. Not for letting time pass: drive time with a FakeTimeProvider instead.
/// </summary>
public static class Poll
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <summary>The first non-null value <paramref name="probe"/> gives; fails the test with <paramref name="what"/> after the timeout.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T?>> probe, string what, TimeSpan? timeout = null)
        where T : class
    {
        var limit = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (clock.Elapsed > limit)
            {
                Assert.Fail($"Timed out after {limit.TotalSeconds:0} s waiting for {what}.");
            }

            await Task.Delay(Interval);
        }
    }

    public static Task<T> UntilAsync<T>(Func<T?> probe, string what, TimeSpan? timeout = null)
        where T : class =>
        UntilAsync<T>(() => Task.FromResult(probe()), what, timeout);

    public static Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null) =>
        UntilAsync(async () => await condition() ? what : null, what, timeout);
}
