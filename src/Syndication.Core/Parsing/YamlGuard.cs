using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Syndication.Core.Parsing;

/// <summary>
/// Refuses YAML that could cost far more to load than its size, while it loads: aliases (the "billion laughs"
/// expansion), deep nesting, more nodes than any front matter needs, and more processor time than the article's
/// <see cref="WorkBudget"/> allows. Each parser event is checked before the loader builds anything from it.
/// </summary>
internal sealed class YamlGuard(IParser inner, int firstLine, WorkBudget work) : IParser
{
    public const int MaxDepth = 16;

    /// <summary>Keys, values and lists: room for 100,000 keys or list entries (which <see cref="ListLimits"/> and <see cref="ProblemLimits"/> cap), a quarter of what 2 MiB can hold.</summary>
    public const int MaxNodes = 250_000;

    public const string Hint = "Front matter needs a few dozen keys and short lists; move long text into the body and shorten the lists";

    private int _depth;
    private int _nodes;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        var line = firstLine + (int)Math.Max(0, inner.Current!.Start.Line - 1);
        switch (inner.Current)
        {
            case AnchorAlias:
                throw new ArticleRefusedException(line, "YAML aliases (*name) are not allowed in front matter",
                    "Write the value out instead of referring to an anchor");
            case MappingStart or SequenceStart when ++_depth > MaxDepth:
                throw new ArticleRefusedException(line, $"the YAML is nested deeper than {MaxDepth} levels",
                    "Front matter needs at most a list of objects; flatten the structure");
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }

        if (inner.Current is NodeEvent && ++_nodes > MaxNodes)
        {
            throw new ArticleRefusedException(line, $"the YAML has more than {MaxNodes:N0} keys, values and lists", Hint);
        }

        work.Check("reading the front matter", line, Hint);
        return true;
    }
}
