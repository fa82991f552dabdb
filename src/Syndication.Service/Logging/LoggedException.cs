namespace Syndication.Service.Logging;

/// <summary>
/// An exception as the log shows it: its own text (type, message, inner exceptions, stack) with every message escaped,
/// every other unsafe character escaped, and each stray line indented, so nothing in it reads as a log line of its own.
/// </summary>
internal sealed class LoggedException : Exception
{
    private readonly string _text;

    private LoggedException(Exception original, string text)
        : base(LogText.Escape(original.Message))
    {
        _text = text;
        HResult = original.HResult;
    }

    public override string? StackTrace => null;

    public override string ToString() => _text;

    /// <summary>The exception itself when its text is safe, else a stand-in carrying the escaped text.</summary>
    public static Exception Of(Exception original)
    {
        var text = original.ToString();
        if (!LogText.NeedsEscape(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\n', ' ')) && Chain(original).All(e => !LogText.NeedsEscape(e.Message)))
        {
            return original;
        }

        foreach (var message in Chain(original).Select(e => e.Message).Where(LogText.NeedsEscape).Distinct().OrderByDescending(m => m.Length))
        {
            text = text.Replace(message, LogText.Escape(message), StringComparison.Ordinal);
        }

        // What is left of line breaks is the stack's own layout; any line that does not start like one is indented.
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(LogText.Escape)
            .Select((line, i) => i == 0 || line.StartsWith(' ') || line.StartsWith("---", StringComparison.Ordinal) || line.Length == 0 ? line : "    " + line);
        return new LoggedException(original, string.Join(Environment.NewLine, lines));
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        yield return exception;
        var inner = exception is AggregateException aggregate ? aggregate.InnerExceptions : (IEnumerable<Exception>)(exception.InnerException is { } one ? [one] : []);
        foreach (var nested in inner.SelectMany(Chain))
        {
            yield return nested;
        }
    }
}
