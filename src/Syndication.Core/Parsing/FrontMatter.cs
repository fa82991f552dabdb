using Syndication.Core.Model;

namespace Syndication.Core.Parsing;

/// <summary>A source file cut into its YAML front matter and its body, with the line each starts on.</summary>
internal sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    private const string Fence = "---";

    /// <summary>Splits normalised text (LF line ends); null, with an error reported, when the front matter is missing or not closed.</summary>
    public static FrontMatter? Split(string text, string file, List<Problem> problems)
    {
        if (text.Length == 0 || !Line(text, 0).TrimEnd().SequenceEqual(Fence))
        {
            problems.Add(Problem.Error(file, 1, "the file does not start with YAML front matter",
                "Begin the file with a line '---', then 'title: ...', then a closing '---' line"));
            return null;
        }

        var yamlStart = NextLine(text, 0);
        for (var (start, number) = (yamlStart, 2); start >= 0; (start, number) = (NextLine(text, start), number + 1))
        {
            var line = Line(text, start).TrimEnd();
            if (line.SequenceEqual(Fence) || line.SequenceEqual("..."))
            {
                var bodyStart = NextLine(text, start);
                return new FrontMatter(text[yamlStart..Math.Max(yamlStart, start - 1)], 2, bodyStart < 0 ? "" : text[bodyStart..], number + 1);
            }
        }

        problems.Add(Problem.Error(file, 1, "the front matter opened here is never closed",
            "Add a line '---' after the last front matter key"));
        return null;
    }

    // Lines are found one at a time rather than by splitting the text: the body is most of it, and is taken whole.
    private static ReadOnlySpan<char> Line(string text, int start) =>
        text.AsSpan(start, (text.IndexOf('\n', start) is var end && end < 0 ? text.Length : end) - start);

    private static int NextLine(string text, int start) => text.IndexOf('\n', start) is var end && end < 0 ? -1 : end + 1;
}
