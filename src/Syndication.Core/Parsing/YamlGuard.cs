using Syndication.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Syndication.Core.Parsing;

/// <summary>
/// Refuses YAML that could cost far more to load than its size: aliases (the "billion laughs" expansion) and deep
/// nesting. One streaming pass over the parser's events, before anything is built; front matter needs neither.
/// </summary>
internal static class YamlGuard
{
    public const int MaxDepth = 16;

    public static bool IsSafe(string yaml, int firstLine, string file, List<Problem> problems)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                var line = firstLine + (int)Math.Max(0, parser.Current!.Start.Line - 1);
                switch (parser.Current)
                {
                    case AnchorAlias:
                        problems.Add(Problem.Error(file, line, "YAML aliases (*name) are not allowed in front matter",
                            "Write the value out instead of referring to an anchor"));
                        return false;
                    case MappingStart or SequenceStart when ++depth > MaxDepth:
                        problems.Add(Problem.Error(file, line, $"the YAML is nested deeper than {MaxDepth} levels",
                            "Front matter needs at most a list of objects; flatten the structure"));
                        return false;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // Malformed YAML is reported, with its line, by the loader that runs next.
        }

        return true;
    }
}
