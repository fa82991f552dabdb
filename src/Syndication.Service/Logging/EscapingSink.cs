using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace Syndication.Service.Logging;

/// <summary>
/// Stands in front of every configured sink and rewrites each event with <see cref="LogText"/>: message template,
/// every property (nested ones too) and the exception. Done here, at the edge, so no call site can forget it.
/// </summary>
internal sealed class EscapingSink(Logger sinks) : ILogEventSink, IDisposable
{
    private static readonly MessageTemplateParser Parser = new();

    public void Emit(LogEvent logEvent) => sinks.Write(Escape(logEvent));

    public void Dispose() => sinks.Dispose();

    private static LogEvent Escape(LogEvent logEvent)
    {
        var template = LogText.NeedsEscape(logEvent.MessageTemplate.Text) ? Parser.Parse(LogText.Escape(logEvent.MessageTemplate.Text)) : logEvent.MessageTemplate;
        var exception = logEvent.Exception is { } e ? LoggedException.Of(e) : null;
        Dictionary<string, LogEventPropertyValue>? escaped = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (Escape(value) is var safe && !ReferenceEquals(safe, value))
            {
                (escaped ??= new(StringComparer.Ordinal))[name] = safe;
            }
        }

        // Most events carry nothing from outside: they pass as they are, with no copy.
        return ReferenceEquals(template, logEvent.MessageTemplate) && ReferenceEquals(exception, logEvent.Exception) && escaped is null
            ? logEvent
            : new LogEvent(logEvent.Timestamp, logEvent.Level, exception, template,
                logEvent.Properties.Select(p => new LogEventProperty(p.Key, escaped?.GetValueOrDefault(p.Key) ?? p.Value)), logEvent.TraceId ?? default, logEvent.SpanId ?? default);
    }

    /// <summary>The same value when nothing in it needs escaping, else an escaped copy.</summary>
    private static LogEventPropertyValue Escape(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } when LogText.NeedsEscape(text) => new ScalarValue(LogText.Escape(text)),
        ScalarValue { Value: char c } when LogText.NeedsEscape(c.ToString()) => new ScalarValue(LogText.Escape(c.ToString())),
        // Numbers, dates, enums and the like render from code; anything else renders its ToString, which may carry outside text.
        ScalarValue { Value: not (null or IConvertible or IFormattable) } scalar when scalar.Value.ToString() is { } text && LogText.NeedsEscape(text)
            => new ScalarValue(LogText.Escape(text)),
        SequenceValue sequence => Changed(sequence.Elements, out var elements) ? new SequenceValue(elements) : value,
        StructureValue structure => Changed(structure.Properties.Select(p => p.Value).ToList(), out var values)
            ? new StructureValue(structure.Properties.Zip(values, (p, v) => new LogEventProperty(p.Name, v)), structure.TypeTag)
            : value,
        DictionaryValue dictionary => new DictionaryValue(dictionary.Elements.Select(kv => KeyValuePair.Create((ScalarValue)Escape(kv.Key), Escape(kv.Value)))),
        _ => value,
    };

    private static bool Changed(IReadOnlyList<LogEventPropertyValue> values, out List<LogEventPropertyValue> escaped)
    {
        escaped = values.Select(Escape).ToList();
        return escaped.Where((v, i) => !ReferenceEquals(v, values[i])).Any();
    }
}
