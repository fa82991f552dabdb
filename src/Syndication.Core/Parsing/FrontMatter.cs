using Syndication.Core.Model;

namespace Syndication.Core.Parsing;

/// <summary>A source file cut into its YAML front matter and its body, with the line each starts on.</summary>
internal sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    private const string Fence = "---";

    /// <summary>Splits normalised text (LF line ends); null, with an error reported, when the front matter is missing or not closed.</summary>
    public static FrontMatter? Split(string text, string file, List<Problem> problems)
    {
        var lines = text.Split('\n');
        if (text.Length == 0 || lines[0].TrimEnd() != Fence)
        {
            problems.Add(Problem.Error(file, 1, "the file does not start with YAML front matter",
                "Begin the file with a line '---', then 'title: ...', then a closing '---' line"));
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is Fence or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatter(yaml, 2, body, i + 2);
            }
        }

        problems.Add(Problem.Error(file, 1, "the front matter opened here is never closed",
            "Add a line '---' after the last front matter key"));
        return null;
    }
}
