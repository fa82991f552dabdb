namespace Syndication.Core.Parsing;

/// <summary>
/// Refuses Markdown shapes that Markdig reads in quadratic time inside one step, where no checkpoint can stop it: a
/// block of consecutive link reference definitions is re-copied after each definition is taken off its front.
/// </summary>
internal static class MarkdownShape
{
    /// <summary>Definition lines times block lines; a block of 1,000 definitions and 1,000 lines costs a few milliseconds.</summary>
    public const long MaxDefinitionWork = 4_000_000;

    public static void Check(string body, int firstLine)
    {
        var blockStart = -1;
        var definitions = 0L;
        var lineIndex = 0;
        foreach (var range in body.AsSpan().Split('\n'))
        {
            var line = body.AsSpan(range).TrimStart(" \t>");
            if (line.IsEmpty)
            {
                blockStart = -1;
                definitions = 0;
            }
            else
            {
                blockStart = blockStart < 0 ? lineIndex : blockStart;
                definitions += line[0] == '[' && line.Contains("]:", StringComparison.Ordinal) ? 1 : 0;
                if (definitions * (lineIndex - blockStart + 1) > MaxDefinitionWork)
                {
                    throw new ArticleRefusedException(firstLine + blockStart,
                        $"the block starting here holds {definitions:N0} link reference definitions ('[label]: url') without a blank line between them, more than can be read quickly",
                        "Put a blank line after every few hundred definitions");
                }
            }

            lineIndex++;
        }
    }
}
