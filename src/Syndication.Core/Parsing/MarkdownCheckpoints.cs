using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;

namespace Syndication.Core.Parsing;

/// <summary>
/// Puts <see cref="WorkBudget.Check"/> inside Markdig's loops: a block parser tried first on every line and an inline
/// parser tried first at every position. Both always decline, so the Markdown is read exactly as without them.
/// </summary>
internal static class MarkdownCheckpoints
{
    // Every printable ASCII character, so these run before the parser that would otherwise claim the position.
    private static readonly char[] Ascii = Enumerable.Range(0x21, 0x7E - 0x21 + 1).Select(c => (char)c).ToArray();

    public static MarkdownPipelineBuilder UseCheckpoints(this MarkdownPipelineBuilder builder)
    {
        builder.BlockParsers.Insert(0, new BlockCheckpoint { OpeningCharacters = Ascii });
        builder.BlockParsers.Add(new BlockCheckpoint());
        builder.InlineParsers.Insert(0, new InlineCheckpoint { OpeningCharacters = Ascii });
        builder.InlineParsers.Add(new InlineCheckpoint());
        return builder;
    }

    public static MarkdownParserContext Context(WorkBudget budget, int firstLine)
    {
        var context = new MarkdownParserContext();
        context.Properties[typeof(MarkdownCheckpoints)] = new Work(budget, firstLine);
        return context;
    }

    private static void Check(MarkdownParserContext? context, string stage, int lineIndex)
    {
        if (context?.Properties.TryGetValue(typeof(MarkdownCheckpoints), out var value) == true && value is Work work)
        {
            work.Budget.Check(stage, work.FirstLine + lineIndex);
        }
    }

    private sealed record Work(WorkBudget Budget, int FirstLine);

    private sealed class BlockCheckpoint : BlockParser
    {
        public override bool CanInterrupt(BlockProcessor processor, Markdig.Syntax.Block block)
        {
            Check(processor.Context, "reading Markdown blocks", processor.LineIndex);
            return false;
        }

        public override BlockState TryOpen(BlockProcessor processor)
        {
            Check(processor.Context, "reading Markdown blocks", processor.LineIndex);
            return BlockState.None;
        }
    }

    private sealed class InlineCheckpoint : InlineParser
    {
        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            Check(processor.Context, "reading Markdown text", processor.LineIndex);
            return false;
        }
    }
}
