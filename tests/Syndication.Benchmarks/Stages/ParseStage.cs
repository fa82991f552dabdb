using BenchmarkDotNet.Attributes;
using Syndication.Core.Parsing;

namespace Syndication.Benchmarks.Stages;

/// <summary>Reading one ~800-word article: front matter, Markdown to HTML, sanitising.</summary>
[MemoryDiagnoser]
public class ParseStage
{
    private string _source = "";

    [GlobalSetup]
    public void Setup() => _source = StageInputs.Source(1);

    [Benchmark]
    public ArticleParseResult Parse() =>
        ArticleParser.Parse(_source, "engineering-notes/article-1.md", isMarkdown: true, TimeZoneInfo.Utc, StageInputs.Now);
}
