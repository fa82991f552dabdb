namespace Syndication.Reliability.Tests.Support;

/// <summary>Completes when anything is created, renamed or written under a folder (inotify, so without polling).</summary>
public sealed class FirstWrite : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FirstWrite(string folder)
    {
        _watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Created += (_, _) => _seen.TrySetResult();
        _watcher.Renamed += (_, _) => _seen.TrySetResult();
        _watcher.Changed += (_, _) => _seen.TrySetResult();
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Whether a write was seen within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout)
    {
        try
        {
            await _seen.Task.WaitAsync(timeout);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public void Dispose() => _watcher.Dispose();
}
