using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Quartz;
using Syndication.Service.Options;

namespace Syndication.Service.Jobs;

/// <summary>
/// Publishes what changes under the feeds folder without waiting for the schedule: each change that matters moves one
/// one-off trigger of the regenerate job to <see cref="Quiet"/> after it, so a burst of saves makes one run, yet saves
/// that keep coming still run within <see cref="MaxDelay"/> of the first. The schedule stays the net for missed events.
/// </summary>
internal sealed class FeedWatcher(
    IOptions<SyndicationOptions> options, ResolvedPaths paths, ISchedulerFactory schedulerFactory, TimeProvider time, ILogger<FeedWatcher> logger)
    : BackgroundService
{
    public static readonly TriggerKey Trigger = new("watch", FeedSchedules.Group);

    /// <summary>How long the folder must stay quiet before a run: an editor saving many files does so well within it.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    /// <summary>The longest a change waits while others keep coming.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(1);

    private readonly Channel<bool> _changes = Channel.CreateUnbounded<bool>(new UnboundedChannelOptions { SingleReader = true });
    private FileSystemWatcher? _watcher;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Watching before the host serves anything: no change made once it is up goes unseen.
        _watcher = options.Value.WatchFeeds ? Watch() : null;
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _watcher?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_watcher is null)
        {
            return;
        }

        var scheduler = await schedulerFactory.GetScheduler(stoppingToken);
        var (burstStart, due) = (DateTimeOffset.MinValue, DateTimeOffset.MinValue);
        while (await _changes.Reader.WaitToReadAsync(stoppingToken))
        {
            while (_changes.Reader.TryRead(out _))
            {
                // Every change waiting is answered by the one trigger below.
            }

            var now = time.GetUtcNow();
            if (now >= due)
            {
                burstStart = now;   // the last trigger has fired: this change starts a new burst
            }

            due = Min(now + Quiet, burstStart + MaxDelay);
            try
            {
                var trigger = TriggerBuilder.Create().WithIdentity(Trigger).ForJob(RegenerateFeedsJob.Key).StartAt(due)
                    .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)).Build();
                await scheduler.ScheduleTrigger(trigger, TriggerConflict.Replace, stoppingToken);
            }
            catch (SchedulerException e)
            {
                logger.RunNotScheduled(e.Message);
            }
        }
    }

    private FileSystemWatcher? Watch()
    {
        FileSystemWatcher? watcher = null;
        try
        {
            watcher = new FileSystemWatcher(paths.Feeds)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.Attributes,
                // The most Windows allows; where the kernel keeps the queue (Linux), its overflow is reported the same way.
                InternalBufferSize = 64 * 1024,
            };
            watcher.Created += (_, e) => Seen(e.FullPath);
            watcher.Changed += (_, e) => Seen(e.FullPath);
            watcher.Deleted += (_, e) => Seen(e.FullPath);
            watcher.Renamed += (_, e) => Seen(e.OldFullPath, e.FullPath);
            watcher.Error += (_, e) => Lost(e.GetException());
            watcher.EnableRaisingEvents = true;
            logger.Watching(paths.Feeds);
            return watcher;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or PlatformNotSupportedException)
        {
            // Out of inotify instances or watches, say: the service still runs, on schedule.
            watcher?.Dispose();
            logger.CannotWatch(paths.Feeds, e.Message);
            return null;
        }
    }

    private void Seen(params string[] changed)
    {
        if (changed.Any(path => SourcePaths.Matters(paths.Feeds, path)))
        {
            _changes.Writer.TryWrite(true);
        }
    }

    /// <summary>Events were dropped (the queue overflowed) or a folder could not be watched: what changed is unknown, so every feed is checked.</summary>
    private void Lost(Exception error)
    {
        logger.EventsLost(error.Message);
        _changes.Writer.TryWrite(true);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
