using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Syndication.Core.Parsing;

/// <summary>
/// Puts <see cref="WorkBudget.Check"/> inside Markdig's loops: a block parser and an inline parser tried before every
/// other parser, on every character any of them opens on, and wherever only global parsers apply. Both always decline,
/// so the Markdown is read exactly as without them. Registered last, so it sees every other extension's parsers.
/// </summary>
internal sealed class MarkdownCheckpoints : IMarkdownExtension
{
    public static MarkdownParserContext Context(WorkBudget budget, int firstLine) => new Work(budget, firstLine);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var blockCharacters = pipeline.BlockParsers.SelectMany(p => p.OpeningCharacters ?? []).Distinct().ToArray();
        var inlineCharacters = pipeline.InlineParsers.SelectMany(p => p.OpeningCharacters ?? []).Distinct().ToArray();
        pipeline.BlockParsers.Insert(0, new BlockCheckpoint { OpeningCharacters = blockCharacters });
        pipeline.BlockParsers.Insert(0, new BlockCheckpoint());
        pipeline.InlineParsers.Insert(0, new InlineCheckpoint { OpeningCharacters = inlineCharacters });
        pipeline.InlineParsers.Insert(0, new InlineCheckpoint());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    // Called for most characters of the body, so the budget is found with one type test rather than a dictionary lookup.
    private static void Check(MarkdownParserContext? context, string stage, int lineIndex)
    {
        if (context is Work work)
        {
            work.Budget.Check(stage, work.FirstLine + lineIndex);
        }
    }

    private sealed class Work(WorkBudget budget, int firstLine) : MarkdownParserContext
    {
        public WorkBudget Budget { get; } = budget;

        public int FirstLine { get; } = firstLine;
    }

    private sealed class BlockCheckpoint : BlockParser
    {
        public override bool CanInterrupt(BlockProcessor processor, Block block)
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
