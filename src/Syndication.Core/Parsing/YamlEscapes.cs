using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Syndication.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace Syndication.Core.Parsing;

/// <summary>
/// Surrogate escapes in double-quoted YAML (<c>"\uD800"</c>): a high one followed by a low one is the character they
/// make together (as in JSON); any other is removed with a warning, like every character XML cannot carry. YamlDotNet
/// would refuse the whole front matter for one, or throw an ArgumentException for a misordered pair.
/// </summary>
internal static partial class YamlEscapes
{
    public static string Clean(string yaml, int firstLine, string file, List<Problem> problems, WorkBudget work)
    {
        var surrogates = Escapes().Matches(yaml)
            .Where(m => { work.Check("reading escapes in the front matter", firstLine, YamlGuard.Hint); return m.Groups["hex"].Success && IsSurrogate(CodeOf(m)); })
            .ToList();
        if (surrogates.Count == 0)
        {
            return yaml;
        }

        var quoted = DoubleQuotedSpans(Masked(yaml, surrogates));
        var clean = new StringBuilder(yaml.Length);
        var copied = 0;
        var span = 0;
        for (var i = 0; i < surrogates.Count; i++)
        {
            var escape = surrogates[i];
            while (span < quoted.Count && quoted[span].End <= escape.Index)
            {
                span++;
            }

            if (span == quoted.Count || quoted[span].Start >= escape.Index)
            {
                continue;
            }

            clean.Append(yaml, copied, escape.Index - copied);
            copied = escape.Index + escape.Length;
            var next = i + 1 < surrogates.Count ? surrogates[i + 1] : null;
            if (char.IsHighSurrogate((char)CodeOf(escape)) && next?.Index == copied && char.IsLowSurrogate((char)CodeOf(next)))
            {
                clean.Append(CultureInfo.InvariantCulture, $"\\U{char.ConvertToUtf32((char)CodeOf(escape), (char)CodeOf(next)):X8}");
                copied = next.Index + next.Length;
                i++;
                continue;
            }

            var line = firstLine + yaml.AsSpan(0, escape.Index).Count('\n');
            problems.Add(Problem.Warning(file, line, $"removed the escape '{escape.Value}': half of a surrogate pair is no character, and XML does not allow it",
                "Write the character itself, or both halves of the pair together, like \"\\uD83D\\uDE00\""));
        }

        return clean.Append(yaml, copied, yaml.Length - copied).ToString();
    }

    private static int CodeOf(Match escape) => int.Parse(escape.Groups["hex"].Value, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    private static bool IsSurrogate(int code) => code is >= 0xD800 and <= 0xDFFF;

    /// <summary>The same text with each surrogate escape made harmless but the same length, so YamlDotNet can find the quoted scalars.</summary>
    private static string Masked(string yaml, List<Match> surrogates)
    {
        var chars = yaml.ToCharArray();
        foreach (var escape in surrogates)
        {
            var hex = escape.Groups["hex"];
            "00000041".AsSpan(8 - hex.Length).CopyTo(chars.AsSpan(hex.Index, hex.Length));
        }

        return new string(chars);
    }

    /// <summary>Where each double-quoted scalar lies, as far as the YAML can be scanned (a syntax error is reported later by the loader).</summary>
    private static List<(long Start, long End)> DoubleQuotedSpans(string yaml)
    {
        var spans = new List<(long, long)>();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            while (scanner.MoveNext())
            {
                if (scanner.Current is Scalar { Style: ScalarStyle.DoubleQuoted } scalar)
                {
                    spans.Add((scalar.Start.Index, scalar.End.Index));
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // The spans found before the error are right; the loader stops at the same error before reaching later ones.
        }

        return spans;
    }

    /// <summary>Backslash escapes, pairs of backslashes included so an escaped backslash is never read as the start of one.</summary>
    [GeneratedRegex(@"\\(?:\\|u(?<hex>[0-9A-Fa-f]{4})|U(?<hex>[0-9A-Fa-f]{8}))", RegexOptions.CultureInvariant)]
    private static partial Regex Escapes();
}
