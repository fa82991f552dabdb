namespace Syndication.Benchmarks.Serve;

/// <summary>A server's resident memory read five times a second while something runs; the most it held.</summary>
internal static class ResidentSampler
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    public static async Task<(T Result, long? MaxResident)> DuringAsync<T>(Func<long?> resident, Func<Task<T>> work)
    {
        long? max = null;
        using var stop = new CancellationTokenSource();
        var sampling = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(Interval);
            do
            {
                if (resident() is { } now && now > (max ?? 0))
                {
                    max = now;
                }
            }
            while (await Tick(timer, stop.Token));
        });
        T result;
        try
        {
            result = await work();
        }
        finally
        {
            await stop.CancelAsync();
            await sampling;
        }

        return (result, max);
    }

    private static async Task<bool> Tick(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
