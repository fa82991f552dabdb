namespace Syndication.Reliability.Tests.Support;

/// <summary>
/// Calls <c>then</c> as the <c>count</c>th article page of a feed appears under the output folder, on the file
/// watcher's own thread (inotify): at once, whatever keeps the test's thread pool busy.
/// </summary>
public sealed class ArticlePageCount : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _seen;

    public ArticlePageCount(string output, string feed, int count, Action then)
    {
        _watcher = new FileSystemWatcher(output, "*.html") { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName };
        _watcher.Created += (_, e) =>
        {
            // Article pages only: {output}/{feed}/{slug}.html, not the feed's page or its tags' pages.
            if (Path.GetFileName(Path.GetDirectoryName(e.FullPath)) == feed && Interlocked.Increment(ref _seen) == count)
            {
                then();
                _reached.TrySetResult();
            }
        };
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Whether the count was reached (and the action done) within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout)
    {
        try
        {
            await _reached.Task.WaitAsync(timeout);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public void Dispose() => _watcher.Dispose();
}
