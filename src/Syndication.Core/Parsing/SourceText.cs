using System.Globalization;
using System.Text.RegularExpressions;
using Syndication.Core.Model;

namespace Syndication.Core.Parsing;

/// <summary>Normalises source text: no BOM, LF line ends, only characters every format can carry (<see cref="XmlChars"/>), each removal reported with its line.</summary>
internal static partial class SourceText
{
    private const string Hint = "Delete the character or replace it with the character you meant";

    public static string Normalize(string text, string file, List<Problem> problems)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return StripForbidden(text, file, 1, problems);
    }

    /// <summary>Removes the characters <see cref="XmlChars.IsAllowed"/> refuses, reporting the first on each line of the text, which starts on <paramref name="firstLine"/>.</summary>
    public static string StripForbidden(string text, string file, int firstLine, List<Problem> problems)
    {
        var reportedLines = new HashSet<int>();
        return XmlChars.Strip(text, (codePoint, line) =>
        {
            if (reportedLines.Add(line))
            {
                problems.Add(Problem.Warning(file, firstLine + line, $"removed character U+{codePoint:X4}, {Why(codePoint)}", Hint));
            }
        });
    }

    /// <summary>
    /// Removes refused characters from rendered HTML, where Markdig and the sanitiser have decoded character references
    /// (<c>&amp;#x1;</c>); each is reported once, on the body line where a reference to it is written.
    /// </summary>
    public static string StripDecoded(string html, string body, int bodyFirstLine, string file, List<Problem> problems)
    {
        var removed = new SortedSet<int>();
        var clean = XmlChars.Strip(html, (codePoint, _) => removed.Add(codePoint));
        var firstReference = new Dictionary<int, Match>();
        foreach (Match match in removed.Count == 0 ? Enumerable.Empty<Match>() : References().Matches(body))
        {
            firstReference.TryAdd(ReferencedCodePoint(match), match);
        }

        foreach (var codePoint in removed)
        {
            var reference = firstReference.GetValueOrDefault(codePoint);
            var line = reference is null ? 0 : bodyFirstLine + body.AsSpan(0, reference.Index).Count('\n');
            var written = reference is null ? "" : $" (written '{reference.Value}')";
            problems.Add(Problem.Warning(file, line, $"removed character U+{codePoint:X4}{written}, {Why(codePoint)}", Hint));
        }

        return clean;
    }

    private static string Why(int codePoint) =>
        codePoint < 0x20 || codePoint is (>= 0xD800 and <= 0xDFFF) or 0xFFFE or 0xFFFF
            ? "which XML does not allow"
            : "a control character or noncharacter that XML and HTML advise against";

    private static int ReferencedCodePoint(Match reference) =>
        int.TryParse(reference.Groups["hex"].Success ? reference.Groups["hex"].Value : reference.Groups["dec"].Value,
            reference.Groups["hex"].Success ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : -1;

    [GeneratedRegex("&#(?:[xX](?<hex>[0-9a-fA-F]{1,8})|(?<dec>[0-9]{1,10}));?", RegexOptions.CultureInvariant)]
    private static partial Regex References();
}
