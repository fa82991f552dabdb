using System.Globalization;
using Syndication.Service.Publishing;

namespace Syndication.Service.Cli;

/// <summary>
/// generate's progress on standard error. On a terminal, one line redrawn in place at most ten times a second: feeds,
/// articles, documents written, time elapsed and left. Elsewhere (a log, a pipe) a few plain lines: the plan, the
/// status every 30 seconds, the summary; never one per document.
/// </summary>
internal sealed class ConsoleProgress : IRunProgress, IDisposable
{
    public static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(100);
    public static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(30);

    private readonly TextWriter _writer;
    private readonly TimeProvider _time;
    private readonly bool _terminal;
    private readonly long _started;
    private readonly ITimer _timer;
    private readonly Lock _writing = new();
    private int _feeds = -1;
    private int _articles;
    private int _feedsDone;
    private int _articlesRead;
    private int _documents;
    private string _drawn = "";
    private bool _completed;

    public ConsoleProgress(TextWriter writer, TimeProvider time, bool terminal)
    {
        _writer = writer;
        _time = time;
        _terminal = terminal;
        _started = time.GetTimestamp();
        var every = terminal ? RedrawEvery : LogEvery;
        _timer = time.CreateTimer(_ => Show(), null, every, every);
    }

    public void Planned(int feeds, int articles)
    {
        Volatile.Write(ref _articles, articles);
        Volatile.Write(ref _feeds, feeds);
        if (!_terminal)
        {
            WriteLine($"Generating {Counted(feeds, "feed")} from {Counted(articles, "article file")}");
        }
    }

    public void ArticlesRead(int count) => Interlocked.Add(ref _articlesRead, count);

    public void DocumentWritten(string path) => Interlocked.Increment(ref _documents);

    public void FeedDone(string feed) => Interlocked.Increment(ref _feedsDone);

    /// <summary>The status as shown, e.g. "feeds 1/2, articles 5/10, documents written 13, elapsed 0:02, left 0:06".</summary>
    public string Status()
    {
        var elapsed = _time.GetElapsedTime(_started);
        var (feeds, articles, read) = (Volatile.Read(ref _feeds), Volatile.Read(ref _articles), Volatile.Read(ref _articlesRead));
        var status = Invariant($"feeds {Volatile.Read(ref _feedsDone)}/{Math.Max(feeds, 0)}, articles {read:N0}{(articles > 0 ? Invariant($"/{articles:N0}") : "")}, documents written {Volatile.Read(ref _documents):N0}, elapsed {Clock((long)elapsed.TotalSeconds)}");
        // Rounded up: it says 0:00 left only when nothing is.
        return Left(elapsed) is { } left ? $"{status}, left {Clock((long)Math.Ceiling(left.TotalSeconds))}" : status;
    }

    /// <summary>
    /// Time left at the pace so far. Every article is read, then published with its feed: reading counts for half the
    /// work and finished feeds for the other half (all of it when the article count is unknown).
    /// </summary>
    public TimeSpan? Left(TimeSpan elapsed)
    {
        var feeds = Volatile.Read(ref _feeds);
        if (feeds <= 0)
        {
            return null;
        }

        var done = Math.Min(1.0, (double)Volatile.Read(ref _feedsDone) / feeds);
        var articles = Volatile.Read(ref _articles);
        if (articles > 0)
        {
            done = (Math.Min(1.0, (double)Volatile.Read(ref _articlesRead) / articles) + done) / 2;
        }

        return done > 0 ? elapsed * ((1 - done) / done) : null;
    }

    /// <summary>Ends the display: the line drawn a last time with the final counts, or the summary line.</summary>
    public void Complete()
    {
        _timer.Dispose();
        lock (_writing)
        {
            if (_completed)
            {
                return;
            }

            if (_terminal)
            {
                Redraw();
                _writer.WriteLine();
            }
            else
            {
                var seconds = _time.GetElapsedTime(_started).TotalSeconds;
                _writer.WriteLine(Invariant($"Generated {Volatile.Read(ref _feedsDone)} of {Counted(Math.Max(Volatile.Read(ref _feeds), 0), "feed")}: {Counted(Volatile.Read(ref _articlesRead), "article")} read, {Counted(Volatile.Read(ref _documents), "document")} written in {seconds:0.0} s"));
            }

            _completed = true;
            _writer.Flush();
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Show()
    {
        lock (_writing)
        {
            if (_completed || Volatile.Read(ref _feeds) < 0)
            {
                return;
            }

            if (_terminal)
            {
                Redraw();
            }
            else
            {
                _writer.WriteLine(Status());
            }

            _writer.Flush();
        }
    }

    /// <summary>Back to the start of the line and over the old text; padded, so a shorter line leaves nothing of the longer one.</summary>
    private void Redraw()
    {
        var status = Status();
        if (status != _drawn)
        {
            _writer.Write("\r" + status.PadRight(_drawn.Length));
            _drawn = status;
        }
    }

    private void WriteLine(string line)
    {
        lock (_writing)
        {
            _writer.WriteLine(line);
            _writer.Flush();
        }
    }

    /// <summary>Minutes and seconds, hours when it takes that long.</summary>
    private static string Clock(long seconds) =>
        seconds >= 3600
            ? Invariant($"{seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}")
            : Invariant($"{seconds / 60}:{seconds % 60:00}");

    private static string Counted(int count, string what) => Invariant($"{count:N0} {what}{(count == 1 ? "" : "s")}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
