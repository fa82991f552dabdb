using Syndication.Service.Publishing;

namespace Syndication.Service.Tests;

/// <summary>The run durations the dashboard charts: a bounded list, so a service up for months keeps only the latest.</summary>
public sealed class RunHistoryTests
{
    [Fact]
    public void RecentRuns_KeepTheLatest50_OldestFirst()
    {
        var history = new RunHistory();
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 60; i++)
        {
            history.RecordRun(new RunReport(start.AddMinutes(i), i, []), []);
        }

        Assert.Equal(Enumerable.Range(10, 50).Select(i => (long)i), history.RecentRuns.Select(r => r.DurationMs));
        Assert.Equal(start.AddMinutes(10), history.RecentRuns[0].StartedAt);
        Assert.Equal(60, history.Runs);
    }
}
