using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Syndication.Core.Parsing;

/// <summary>
/// What <see cref="HtmlSafety.Clean"/> writes for HTML that Markdig rendered from Markdown without raw HTML, found in one
/// pass over the text instead of building a document: when every element is one of <see cref="ShortcutTag"/>'s, nested
/// where the HTML parser leaves it, with attributes the policy keeps and web or relative URLs, the sanitiser removes
/// nothing and only the serialisation differs (void elements lose " /", quotes in text are not escaped, no-break spaces
/// are). Anything else (another element or attribute, a mailto: link, a link in a link, a character the parser would
/// change, a tree near <see cref="HtmlGuard"/>'s limits) gives null, and the caller takes the full path.
/// </summary>
internal sealed partial class SanitiserShortcut
{
    private static readonly Ganss.Xss.HtmlSanitizer Policy = SafeHtmlPolicy.Sanitizer();

    private static readonly Dictionary<string, ShortcutTag>.AlternateLookup<ReadOnlySpan<char>> Tags =
        ShortcutTag.Known(Policy.AllowedTags.Contains, a => Policy.AllowedAttributes.Contains(a) && !Policy.UriListAttributes.Contains(a))
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // Characters copied as they are: printable ASCII but for markup, line feeds and tabs.
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        "\t\n !\"#$%'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    // One per thread, so its buffers are reused from article to article.
    [ThreadStatic]
    private static SanitiserShortcut? _perThread;

    private readonly StringBuilder _output = new();
    private readonly List<ShortcutTag> _open = [];
    private readonly StringBuilder _value = new();
    private string _html = "";
    private WorkBudget? _budget;
    private int _position;
    private int _links;
    private int _tags;

    private ShortcutTag Parent => _open.Count == 0 ? ShortcutTag.Root : _open[^1];

    /// <summary>The sanitised HTML, or null when the shortcut cannot vouch that it is what the sanitiser writes.</summary>
    public static string? TryClean(string markdigHtml, WorkBudget budget)
    {
        var shortcut = _perThread ??= new SanitiserShortcut();
        shortcut.Start(markdigHtml, budget);
        var clean = shortcut.Read() && shortcut._open.Count == 0 ? shortcut._output.ToString() : null;
        shortcut.Start("", null);
        _perThread = shortcut._output.Capacity > BodyFormat.KeptCapacity ? null : shortcut;
        return clean;
    }

    private void Start(string html, WorkBudget? budget)
    {
        (_html, _budget, _position, _links, _tags) = (html, budget, 0, 0, 0);
        _output.Clear().EnsureCapacity(html.Length + 16);
        _open.Clear();
    }

    private bool Read()
    {
        while (_position < _html.Length)
        {
            var run = _html.AsSpan(_position).IndexOfAnyExcept(Plain);
            var end = run < 0 ? _html.Length : _position + run;
            if (end > _position)
            {
                if (!TextAllowed(_html.AsSpan(_position, end - _position)))
                {
                    return false;
                }

                _output.Append(_html, _position, end - _position);
                _position = end;
            }
            else if (!(_html[_position] == '<' ? Tag() : Character(inAttribute: false)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A tag as Markdig writes it: a lower-case name, attributes as name="value", void elements ending in " />".</summary>
    private bool Tag()
    {
        _budget!.Check("writing the HTML", 0);
        var closing = _html.AsSpan(_position).StartsWith("</");
        _position += closing ? 2 : 1;
        // Within the guard's limits, counting every tag as an element and a text node, so it has nothing to refuse.
        if (!Tags.TryGetValue(Name(), out var tag) || ++_tags * 2 + 3 > HtmlGuard.MaxElements || _open.Count + 3 > HtmlGuard.MaxDepth)
        {
            return false;
        }

        return closing ? End(tag) : Start(tag);
    }

    private bool End(ShortcutTag tag)
    {
        if (_open.Count == 0 || _open[^1] != tag || !Skip(">"))
        {
            return false;
        }

        _open.RemoveAt(_open.Count - 1);
        _links -= tag.Name == "a" ? 1 : 0;
        _output.Append("</").Append(tag.Name).Append('>');
        return true;
    }

    private bool Start(ShortcutTag tag)
    {
        // A link in a link: the parser closes the outer one first.
        if (!Parent.Children.Contains(tag.Name) || (tag.Name == "a" && _links > 0))
        {
            return false;
        }

        _output.Append('<').Append(tag.Name);
        var seen = 0;
        while (!Skip(">"))
        {
            if (Skip(" />"))
            {
                if (!tag.IsVoid)
                {
                    return false;
                }

                break;
            }

            if (!Skip(" ") || Array.IndexOf(tag.Attributes, Name().ToString()) is var index && index < 0
                || (seen & (1 << index)) != 0 || !Skip("=\"") || !Attribute(tag.Attributes[index]))
            {
                return false;
            }

            seen |= 1 << index;
        }

        _output.Append('>');
        if (!tag.IsVoid)
        {
            _open.Add(tag);
            _links += tag.Name == "a" ? 1 : 0;
        }

        return true;
    }

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
        if (!Skip("\"") || value.Contains("&{", StringComparison.Ordinal) || (Policy.UriAttributes.Contains(name) && !IsKeptUrl(value)))
        {
            return false;
        }

        _output.Append(' ').Append(name).Append("=\"");
        foreach (var c in value)
        {
            Escape(_output, c, inAttribute: true);
        }

        _output.Append('"');
        return true;
    }

    /// <summary>HtmlSanitizer's own test: a URL is kept as it is when it has no scheme or an allowed one, and does not start with white space.</summary>
    private static bool IsKeptUrl(string url) =>
        (url.Length == 0 || !char.IsWhiteSpace(url[0])) && Scheme().Match(url) is var scheme && (!scheme.Success || Policy.AllowedSchemes.Contains(scheme.Groups[1].Value));

    [GeneratedRegex(@"^([^\/#]*?)(?:\:|&#0*58|&#x0*3a)", RegexOptions.IgnoreCase)]
    private static partial Regex Scheme();

    private ReadOnlySpan<char> Name()
    {
        var start = _position;
        while (_position < _html.Length && (char.IsAsciiLetterLower(_html[_position]) || char.IsAsciiDigit(_html[_position]) || _html[_position] == '-'))
        {
            _position++;
        }

        return _html.AsSpan(start, _position - start);
    }

    private bool Skip(string expected)
    {
        var found = _html.AsSpan(_position).StartsWith(expected, StringComparison.Ordinal);
        _position += found ? expected.Length : 0;
        return found;
    }

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
    /// One character or character reference: in text it is written as AngleSharp writes it, in an attribute value it is
    /// added to the value as the parser reads it. A carriage return the parser would turn into a line feed, and controls,
    /// noncharacters and lone surrogates it reports and may change, are not vouched for.
    /// </summary>
    private bool Character(bool inAttribute)
    {
        var c = _html[_position];
        var length = 1;
        if (c == '&')
        {
            var rest = _html.AsSpan(_position);
            (c, length) = rest.StartsWith("&amp;") ? ('&', 5) : rest.StartsWith("&lt;") ? ('<', 4)
                : rest.StartsWith("&gt;") ? ('>', 4) : rest.StartsWith("&quot;") ? ('"', 6) : ('\0', 0);
        }
        else if (char.IsSurrogate(c))
        {
            var pair = Rune.DecodeFromUtf16(_html.AsSpan(_position), out var rune, out length) == OperationStatus.Done;
            c = pair && XmlChars.IsAllowed(rune.Value) ? 'x' : '\0';
        }

        var start = _position;
        _position += length;
        if (length == 0 || c == '\r' || !XmlChars.IsAllowed(c) || !(inAttribute || TextAllowed(c)))
        {
            return false;
        }

        if (length == 2)
        {
            (inAttribute ? _value : _output).Append(_html, start, 2);
        }
        else if (inAttribute)
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
