using System.Buffers;
using System.Text;

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
    private Uri? _base;
    private int _position;
    private int _links;
    private int _tags;

    private ShortcutTag Parent => _open.Count == 0 ? ShortcutTag.Root : _open[^1];

    /// <summary>The sanitised HTML, or null when the shortcut cannot vouch that it is what the sanitiser writes.</summary>
    public static string? TryClean(string markdigHtml, WorkBudget budget) => Run(markdigHtml, budget, null);

    /// <summary>
    /// What <see cref="HtmlSafety.Resolve"/> writes for HTML that the sanitiser (or this shortcut) wrote: the same HTML with
    /// every relative URL resolved against <paramref name="baseUrl"/> as the sanitiser resolves it; null when the
    /// shortcut cannot vouch for it.
    /// </summary>
    public static string? TryResolve(string cleanHtml, string baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var baseUri) ? Run(cleanHtml, null, baseUri) : null;

    private static string? Run(string html, WorkBudget? budget, Uri? baseUri)
    {
        var shortcut = _perThread ??= new SanitiserShortcut();
        shortcut.Reset(html, budget, baseUri);
        var written = shortcut.Read() && shortcut._open.Count == 0 ? shortcut._output.ToString() : null;
        shortcut.Reset("", null, null);
        _perThread = shortcut._output.Capacity > BodyFormat.KeptCapacity ? null : shortcut;
        return written;
    }

    private void Reset(string html, WorkBudget? budget, Uri? baseUri)
    {
        (_html, _budget, _base, _position, _links, _tags) = (html, budget, baseUri, 0, 0, 0);
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
        _budget?.Check("writing the HTML", 0);
        var closing = _html.AsSpan(_position).StartsWith("</");
        _position += closing ? 2 : 1;
        // Within the guard's limits, counting every tag as an element and a text node, so it has nothing to refuse.
        if (!Tags.TryGetValue(Name(), out var tag) || ++_tags * 2 + 3 > HtmlGuard.MaxElements || _open.Count + 3 > HtmlGuard.MaxDepth)
        {
            return false;
        }

        return closing ? Close(tag) : Open(tag);
    }

    private bool Close(ShortcutTag tag)
    {
        if (_open.Count == 0 || !ReferenceEquals(_open[^1], tag) || !Skip(">"))
        {
            return false;
        }

        _open.RemoveAt(_open.Count - 1);
        _links -= tag.Name == "a" ? 1 : 0;
        _output.Append("</").Append(tag.Name).Append('>');
        return true;
    }

    private bool Open(ShortcutTag tag)
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
}
