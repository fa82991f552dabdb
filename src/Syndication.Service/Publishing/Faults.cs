using Syndication.Core.Model;

namespace Syndication.Service.Publishing;

/// <summary>
/// An exception nobody foresaw, turned into a report that stays with the article, feed or run it happened in.
/// Only cancellation (shutdown) passes through: everything else is reported and the run goes on.
/// </summary>
internal static class Faults
{
    private const string Report = "if it persists, report it with this message";

    /// <summary>Whether <paramref name="e"/> is to be contained rather than ending the run: anything but the run being cancelled.</summary>
    public static bool Contained(Exception e, CancellationToken cancellationToken) =>
        !(e is OperationCanceledException && cancellationToken.IsCancellationRequested);

    /// <summary>A fault while one source file was read, parsed, built or written: that file is left out (its last good version stays).</summary>
    public static Problem InFile(string file, string stage, Exception e) =>
        Problem.Error(file, 0, $"this file could not be {stage} ({Describe(e)}); it is left out and its last good version, if any, stays published",
            $"Undo or simplify the latest change to this file; {Report}");

    /// <summary>A fault that concerns a whole feed: its previous documents stay.</summary>
    public static Problem InFeed(string feed, string stage, Exception e) =>
        Problem.Error(feed, 0, $"the feed could not be {stage} ({Describe(e)}); its previous documents are still served",
            $"Check the feed's files and the output folder; {Report}");

    private static string Describe(Exception e) => $"{e.GetType().Name}: {e.Message}";
}
