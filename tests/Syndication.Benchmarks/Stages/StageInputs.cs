using Syndication.Benchmarks.Corpus;
using Syndication.Core.Building;
using Syndication.Core.Model;
using Syndication.Core.Parsing;

namespace Syndication.Benchmarks.Stages;

/// <summary>The inputs of each stage, made from the generated corpus: article sources, parsed articles, a built feed document.</summary>
internal static class StageInputs
{
    public static readonly PublicUrls Urls = new(new Uri("http://localhost:8080/"));

    public static readonly DateTimeOffset Now = GeneratedArticle.Newest.AddDays(1);

    public static readonly FeedDefinition Feed = new()
    {
        Name = "engineering-notes",
        Title = "Engineering Notes",
        Description = "Field notes on building and running software.",
        Language = "en-GB",
        Authors = [new Person("Grace Hopper")],
    };

    /// <summary>The source text of article <paramref name="index"/> of the first feed of the default corpus.</summary>
    public static string Source(int index) => CorpusWriter.Article(CorpusWriter.DefaultSeed, 0, index).Text;

    public static Article Parse(string text, int index) =>
        ArticleParser.Parse(text, $"engineering-notes/article-{index}.md", isMarkdown: true, TimeZoneInfo.Utc, Now).Article
        ?? throw new InvalidOperationException($"generated article {index} did not parse");

    /// <summary>The first <paramref name="count"/> articles of the corpus, drafts included (the builder leaves them out).</summary>
    public static IReadOnlyList<Article> Articles(int count) => Enumerable.Range(0, count).Select(i => Parse(Source(i), i)).ToList();

    /// <summary>A subscription document of <paramref name="entries"/> entries, the default feed size being 50.</summary>
    public static FeedDocument Document(int entries = FeedDefinition.DefaultLimit) =>
        new FeedBuilder(Urls).Build(Feed with { Limit = entries }, Articles(entries + 2), Now);
}
