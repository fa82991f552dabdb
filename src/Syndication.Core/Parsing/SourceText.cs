using System.Text;
using System.Xml;
using Syndication.Core.Model;

namespace Syndication.Core.Parsing;

/// <summary>Normalises raw source text: no BOM, LF line ends, no characters XML forbids (each removal reported with its line).</summary>
internal static class SourceText
{
    public static string Normalize(string text, string file, List<Problem> problems)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return StripForbidden(text, file, 1, problems);
    }

    /// <summary>Removes characters XML 1.0 cannot carry (controls, U+FFFE/U+FFFF, lone surrogates); an XmlWriter would throw on them.</summary>
    public static string StripForbidden(string text, string file, int firstLine, List<Problem> problems)
    {
        if (IsClean(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        var line = firstLine;
        var reportedLines = new HashSet<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
                continue;
            }

            if (XmlConvert.IsXmlChar(c))
            {
                clean.Append(c);
                if (c == '\n')
                {
                    line++;
                }

                continue;
            }

            if (reportedLines.Add(line))
            {
                problems.Add(Problem.Warning(file, line, $"removed character U+{(int)c:X4}, which XML does not allow",
                    "Delete the control character or replace it with the character you meant"));
            }
        }

        return clean.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                return false;
            }
        }

        return true;
    }
}
