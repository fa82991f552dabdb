namespace Syndication.Core.Parsing;

/// <summary>
/// Refuses Markdown shapes that Markdig reads in one long step, where no checkpoint can stop it: a block of
/// consecutive link reference definitions (re-copied after each definition is taken off its front, so quadratic) and
/// pipe tables of more cells than an article can use (each cell several objects, built after the text is read).
/// </summary>
internal static class MarkdownShape
{
    /// <summary>Definition lines times block lines; a block of 2,000 definitions costs a few milliseconds.</summary>
    public const long MaxDefinitionWork = 4_000_000;

    /// <summary>Pipes outside fenced code, an upper bound on table cells.</summary>
    public const int MaxTablePipes = 50_000;

    public static void Check(string body, int firstLine)
    {
        var blockStart = -1;
        var definitions = 0L;
        var pipes = 0;
        string? fence = null;
        var lineIndex = 0;
        foreach (var range in body.AsSpan().Split('\n'))
        {
            var line = body.AsSpan(range).TrimStart(" \t>");
            fence = Fence(line, fence);
            if (line.IsEmpty)
            {
                blockStart = -1;
                definitions = 0;
            }
            else if (fence is null)
            {
                blockStart = blockStart < 0 ? lineIndex : blockStart;
                definitions += line[0] == '[' && line.Contains("]:", StringComparison.Ordinal) ? 1 : 0;
                pipes += line.Count('|');
                if (definitions * (lineIndex - blockStart + 1) > MaxDefinitionWork)
                {
                    throw new ArticleRefusedException(firstLine + blockStart,
                        $"the block starting here holds {definitions:N0} link reference definitions ('[label]: url') without a blank line between them, more than can be read quickly",
                        "Put a blank line after every few hundred definitions");
                }

                if (pipes > MaxTablePipes)
                {
                    throw new ArticleRefusedException(firstLine + lineIndex,
                        $"the Markdown has more than {MaxTablePipes:N0} table cell separators ('|') by this line",
                        "Split the tables over several articles, or put tabular data in a linked file");
                }
            }

            lineIndex++;
        }
    }

    /// <summary>The open code fence after this line: a line of three or more backticks or tildes opens one, the same again closes it.</summary>
    private static string? Fence(ReadOnlySpan<char> line, string? open)
    {
        var run = line.Length - line.TrimStart(line.IsEmpty ? '`' : line[0]).Length;
        if (run < 3 || line[0] is not ('`' or '~'))
        {
            return open;
        }

        var marker = line[..run].ToString();
        return open is null ? marker : marker.StartsWith(open, StringComparison.Ordinal) && line[run..].IsWhiteSpace() ? null : open;
    }
}
