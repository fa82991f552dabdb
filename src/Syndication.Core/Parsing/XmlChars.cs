using System.Buffers;
using System.Text;

namespace Syndication.Core.Parsing;

/// <summary>
/// The characters every published format can carry. XML forbids C0 controls, U+FFFE/U+FFFF and lone surrogates (an
/// XmlWriter throws on them, Utf8JsonWriter on lone surrogates); C1 controls, DEL and noncharacters XML allows but
/// discourages and HTML parses as errors, so they go too.
/// </summary>
internal static class XmlChars
{
    // Tab, line feed, carriage return and printable ASCII: allowed, and most of any text.
    private static readonly SearchValues<char> Common = SearchValues.Create(
        "\t\n\r !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    public static bool IsAllowed(int codePoint) => codePoint switch
    {
        '\t' or '\n' or '\r' => true,
        < 0x20 or (>= 0x7F and <= 0x9F) or (>= 0xD800 and <= 0xDFFF) or (>= 0xFDD0 and <= 0xFDEF) => false,
        _ => (codePoint & 0xFFFE) != 0xFFFE,
    };

    /// <summary>The text without refused characters, for writers: the parsers have removed and reported them already.</summary>
    public static string Clean(string text) => Strip(text, null);

    /// <summary>The text without refused characters; <paramref name="removed"/> hears each one with its line (0-based) in the text.</summary>
    public static string Strip(string text, Action<int, int>? removed)
    {
        StringBuilder? clean = null;
        var line = 0;
        for (var i = 0; i < text.Length;)
        {
            // Runs of common characters are passed over in one vectorised step; only the others are decoded one by one.
            var common = text.AsSpan(i).IndexOfAnyExcept(Common) is var run && run < 0 ? text.Length - i : run;
            if (common > 0)
            {
                clean?.Append(text, i, common);
                line += removed is null ? 0 : text.AsSpan(i, common).Count('\n');
                i += common;
                continue;
            }

            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used);
            used = Math.Max(1, used);
            var codePoint = status == OperationStatus.Done ? rune.Value : text[i];
            if (status == OperationStatus.Done && IsAllowed(codePoint))
            {
                clean?.Append(text, i, used);
                line += codePoint == '\n' ? 1 : 0;
            }
            else
            {
                clean ??= new StringBuilder(text.Length).Append(text, 0, i);
                removed?.Invoke(codePoint, line);
            }

            i += used;
        }

        return clean?.ToString() ?? text;
    }
}
