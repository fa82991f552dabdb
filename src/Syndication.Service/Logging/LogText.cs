using System.Buffers;
using System.Globalization;
using System.Text;

namespace Syndication.Service.Logging;

/// <summary>
/// The one rule for text that reaches the log: control characters (C0, DEL, C1), Unicode line and paragraph separators
/// and bidirectional overrides are written as visible escapes (<c>\n</c>, <c>\u001B</c>), so no value can start a fake
/// line, colour the terminal or reorder what an operator reads.
/// </summary>
internal static class LogText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        [.. Range('\u0000', '\u001F'), .. Range('\u007F', '\u009F'), '\u061C', '\u200E', '\u200F', '\u2028', '\u2029', .. Range('\u202A', '\u202E'), .. Range('\u2066', '\u2069')]);

    public static bool NeedsEscape(string text) => text.AsSpan().ContainsAny(Unsafe);

    public static string Escape(string text)
    {
        if (!NeedsEscape(text))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\n' => escaped.Append("\\n"),
                '\r' => escaped.Append("\\r"),
                '\t' => escaped.Append("\\t"),
                _ when Unsafe.Contains(c) => escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    private static IEnumerable<char> Range(char first, char last) => Enumerable.Range(first, last - first + 1).Select(i => (char)i);
}
