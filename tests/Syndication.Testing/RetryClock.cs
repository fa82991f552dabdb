using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace Syndication.Testing;

/// <summary>
/// Moves a <see cref="FakeTimeProvider"/> through a retry backoff, a second at a time, so a test waits for no delay.
/// Small steps, taken while no attempt is under way, keep fake time from passing an attempt's or the whole call's
/// timeout (WebSub's 10 s and 60 s) that real time would not have passed.
/// </summary>
public static class RetryClock
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(1);

    /// <summary>How long (real time) a step may release no attempt before the next: the delay still has time to run.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);

    /// <summary>Advances <paramref name="time"/> until <paramref name="done"/>; <paramref name="attempts"/> counts the attempts the far side has seen.</summary>
    public static async Task AdvanceUntilAsync(FakeTimeProvider time, Func<int> attempts, Func<Task<bool>> done, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await done())
        {
            if (clock.Elapsed > Poll.DefaultTimeout)
            {
                Assert.Fail($"Timed out after {Poll.DefaultTimeout.TotalSeconds:0} s, fake time at {time.GetUtcNow():O} after {attempts()} attempts, waiting for {what}.");
            }

            var before = attempts();
            time.Advance(Step);
            var quiet = Stopwatch.StartNew();
            while (attempts() == before && quiet.Elapsed < Quiet)
            {
                await Task.Delay(10);
            }

            if (attempts() != before)
            {
                // An attempt has begun: let it finish (in real time) before time moves on under it.
                await Task.Delay(Quiet);
            }
        }
    }
}
