using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Syndication.Core.Parsing;

/// <summary>Text and attribute values for <see cref="SanitiserShortcut"/>: read as the HTML parser reads them, checked as the sanitiser checks them, written as AngleSharp writes them.</summary>
internal sealed partial class SanitiserShortcut
{
    /// <summary>An attribute's value up to its closing quote, checked as the sanitiser checks it and written as it writes it.</summary>
    private bool Attribute(string name)
    {
        _value.Clear();
        while (_position < _html.Length && _html[_position] != '"')
        {
            if (!Character(inAttribute: true))
            {
                return false;
            }
        }

        var value = _value.ToString();
        var kept = Policy.UriAttributes.Contains(name) ? KeptUrl(value) : value;
        if (!Skip("\"") || value.Contains("&{", StringComparison.Ordinal) || kept is null)
        {
            return false;
        }

        _output.Append(' ').Append(name).Append("=\"");
        foreach (var c in kept)
        {
            Escape(_output, c, inAttribute: true);
        }

        _output.Append('"');
        return true;
    }

    /// <summary>
    /// The URL as HtmlSanitizer keeps it, by its own rules: as it is when it has an allowed scheme, resolved against the
    /// base URL when it has none (kept as it is without one); null when it would be removed, or when it starts with white
    /// space, which the sanitiser trims.
    /// </summary>
    private string? KeptUrl(string url)
    {
        if (url.Length > 0 && char.IsWhiteSpace(url[0]))
        {
            return null;
        }

        var scheme = Scheme().Match(url);
        if (scheme.Success || _base is null)
        {
            return !scheme.Success || Policy.AllowedSchemes.Contains(scheme.Groups[1].Value) ? url : null;
        }

        try
        {
            var resolved = new Uri(_base, url);
            return Policy.AllowedSchemes.Contains(resolved.Scheme) ? resolved.AbsoluteUri : null;
        }
        catch (UriFormatException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^([^\/#]*?)(?:\:|&#0*58|&#x0*3a)", RegexOptions.IgnoreCase)]
    private static partial Regex Scheme();

    private bool TextAllowed(ReadOnlySpan<char> text) => Parent.Text switch
    {
        ShortcutText.Any => true,
        ShortcutText.WhitespaceOnly => !text.ContainsAnyExcept(" \t\n"),
        _ => false,
    };

    private bool TextAllowed(char c) => Parent.Text switch
    {
        ShortcutText.Any => true,
        ShortcutText.WhitespaceOnly => c is ' ' or '\t' or '\n',
        _ => false,
    };

    /// <summary>
    /// One character, surrogate pair or character reference: in text it is written as AngleSharp writes it, in an attribute
    /// value it is added to the value as the parser reads it. A carriage return the parser would turn into a line feed,
    /// and controls, noncharacters and lone surrogates it reports and may change, are not vouched for.
    /// </summary>
    private bool Character(bool inAttribute)
    {
        var start = _position;
        if (char.IsSurrogate(_html[start]))
        {
            _position += 2;
            var kept = Rune.DecodeFromUtf16(_html.AsSpan(start), out var rune, out _) == OperationStatus.Done && XmlChars.IsAllowed(rune.Value)
                && (inAttribute || Parent.Text == ShortcutText.Any);
            if (kept)
            {
                (inAttribute ? _value : _output).Append(_html, start, 2);
            }

            return kept;
        }

        // Markdig and AngleSharp write no other references than these five.
        var rest = _html.AsSpan(start);
        var (c, length) = rest[0] != '&' ? (rest[0], 1) : rest.StartsWith("&amp;") ? ('&', 5) : rest.StartsWith("&lt;") ? ('<', 4)
            : rest.StartsWith("&gt;") ? ('>', 4) : rest.StartsWith("&quot;") ? ('"', 6) : rest.StartsWith("&nbsp;") ? ('\u00a0', 6) : ('\0', 0);
        _position += length;
        if (length == 0 || c == '\r' || !XmlChars.IsAllowed(c) || !(inAttribute || TextAllowed(c)))
        {
            return false;
        }

        if (inAttribute)
        {
            _value.Append(c);
        }
        else
        {
            Escape(_output, c, inAttribute);
        }

        return true;
    }

    private static void Escape(StringBuilder to, char c, bool inAttribute) => _ = c switch
    {
        '&' => to.Append("&amp;"),
        '\u00a0' => to.Append("&nbsp;"),
        '<' => to.Append("&lt;"),
        '>' => to.Append("&gt;"),
        '"' when inAttribute => to.Append("&quot;"),
        _ => to.Append(c),
    };
}
