using Microsoft.Extensions.Time.Testing;
using Syndication.Service.Cli;

namespace Syndication.Service.Tests;

/// <summary>generate's progress display on a fake clock: one line redrawn on a terminal, a few plain lines elsewhere.</summary>
public sealed class ConsoleProgressTests : IDisposable
{
    private readonly StringWriter _writer = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Terminal_RedrawsOneLineInPlaceWithTheTimeLeftAtThePaceSoFar()
    {
        using var progress = new ConsoleProgress(_writer, _time, terminal: true);
        progress.Planned(feeds: 2, articles: 10);
        progress.ArticlesRead(5);
        Written(progress, 3);

        _time.Advance(TimeSpan.FromSeconds(2));
        // Half the articles read, no feed done: a quarter of the work in 2 s leaves 6 s.
        Assert.Equal("feeds 0/2, articles 5/10, documents written 3, elapsed 0:02, left 0:06", Frames().Last());

        progress.ArticlesRead(5);
        progress.FeedDone("news");
        _time.Advance(TimeSpan.FromSeconds(2));
        // All read and one feed of two done: three quarters in 4 s leaves 1.33 s, shown rounded up.
        Assert.Equal("feeds 1/2, articles 10/10, documents written 3, elapsed 0:04, left 0:02", Frames().Last());

        progress.FeedDone("notes");
        Written(progress, 9);
        progress.Complete();
        Assert.Equal("feeds 2/2, articles 10/10, documents written 12, elapsed 0:04, left 0:00", Frames().Last());
        Assert.EndsWith(Environment.NewLine, _writer.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, _writer.ToString().Count(c => c == '\n'));
    }

    [Fact]
    public void Terminal_RedrawsAtMostTenTimesASecond()
    {
        using var progress = new ConsoleProgress(_writer, _time, terminal: true);
        progress.Planned(feeds: 1, articles: 1000);
        for (var step = 0; step < 100; step++)
        {
            progress.ArticlesRead(1);
            Written(progress, 50);
            _time.Advance(TimeSpan.FromMilliseconds(10));
        }

        Assert.Equal(10, Frames().Length);
    }

    [Fact]
    public void Terminal_ShowsNothingBeforeTheRunIsPlannedAndNoTimeLeftBeforeAnyProgress()
    {
        using var progress = new ConsoleProgress(_writer, _time, terminal: true);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("", _writer.ToString());

        progress.Planned(feeds: 3, articles: 0);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("feeds 0/3, articles 0, documents written 0, elapsed 0:02", Frames().Last());

        // Article count unknown: finished feeds are the whole measure, one of three in 3 s leaves 6 s.
        progress.ArticlesRead(7);
        progress.FeedDone("a");
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("feeds 1/3, articles 7, documents written 0, elapsed 0:03, left 0:06", Frames().Last());
    }

    [Fact]
    public void NotATerminal_WritesThePlanTheStatusEvery30SecondsAndTheSummary()
    {
        using var progress = new ConsoleProgress(_writer, _time, terminal: false);
        progress.Planned(feeds: 2, articles: 10);
        progress.ArticlesRead(10);
        progress.FeedDone("news");
        Written(progress, 100);
        _time.Advance(TimeSpan.FromSeconds(29));
        _time.Advance(TimeSpan.FromSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(5));
        progress.FeedDone("notes");
        progress.Complete();

        Assert.Equal(
            [
                "Generating 2 feeds from 10 article files",
                "feeds 1/2, articles 10/10, documents written 100, elapsed 0:30, left 0:10",
                "Generated 2 of 2 feeds: 10 articles read, 100 documents written in 35.0 s",
            ],
            _writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain('\r', _writer.ToString());
    }

    public void Dispose() => _writer.Dispose();

    private static void Written(ConsoleProgress progress, int documents)
    {
        for (var i = 0; i < documents; i++)
        {
            progress.DocumentWritten($"news/page-{i}.html");
        }
    }

    /// <summary>Each drawing of the line: what follows each carriage return, without the padding over a longer predecessor.</summary>
    private string[] Frames() =>
        [.. _writer.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries).Select(f => f.TrimEnd())];
}
