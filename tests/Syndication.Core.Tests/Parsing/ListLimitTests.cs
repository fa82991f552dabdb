using System.Text;
using CodeHollow.FeedReader;
using Syndication.Core.Building;
using Syndication.Core.Model;
using Syndication.Core.Parsing;
using Syndication.Core.Rendering;

namespace Syndication.Core.Tests.Parsing;

/// <summary>One article cannot multiply itself through the lists every format repeats: tags, categories and authors are capped, and what is dropped is named.</summary>
public sealed class ListLimitTests
{
    private static readonly FeedDefinition Feed = new() { Name = "news", Title = "News", Description = "D" };

    private static string YamlList(string key, IEnumerable<string> items) => $"{key}:\n" + string.Concat(items.Select(i => $"  - \"{i}\"\n"));

    [Theory]
    [InlineData("tags")]
    [InlineData("categories")]
    public void HundredThousandTags_KeepTheFirstHundredWithAWarningNamingTheRest(string key)
    {
        var tags = Enumerable.Range(0, 100_000).Select(i => $"tag{i}").ToList();
        var result = FeedFolder.ParseArticle($"---\ntitle: T\n{YamlList(key, tags)}---\nBody");
        Assert.Equal(tags.Take(ListLimits.MaxItems), result.Article!.Terms);
        var warning = Assert.Single(result.Problems);
        Assert.False(warning.IsError);
        Assert.Equal(3, warning.Line);
        Assert.Contains("100,000", warning.Message, StringComparison.Ordinal);
        Assert.Contains("'tag100'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("99,895 more", warning.Message, StringComparison.Ordinal);

        var document = new FeedBuilder(new PublicUrls(FeedFolder.BaseUrl)).Build(Feed, [result.Article], DateTimeOffset.MaxValue);
        var atom = AtomWriter.Write(document);
        Assert.InRange(atom.Length, 1, 64 * 1024);
        Assert.Equal(ListLimits.MaxItems, Assert.Single(FeedReader.ReadFromString(Encoding.UTF8.GetString(atom)).Items).Categories.Count);
        Assert.InRange(RssWriter.Write(document).Length, 1, 64 * 1024);
        Assert.InRange(JsonFeedWriter.Write(document).Length, 1, 64 * 1024);
    }

    [Fact]
    public void OverlongTags_AreDroppedAndNamed()
    {
        var longTag = new string('x', ListLimits.MaxLength + 1);
        var result = FeedFolder.ParseArticle($"---\ntitle: T\ntags: [short, {longTag}, \"{new string('y', ListLimits.MaxLength)}\"]\n---\n");
        Assert.Equal(["short", new string('y', ListLimits.MaxLength)], result.Article!.Terms);
        var warning = Assert.Single(result.Problems);
        Assert.Contains($"'{new string('x', 40)}…'", warning.Message, StringComparison.Ordinal);
        Assert.Equal(3, warning.Line);
    }

    [Fact]
    public void TenThousandAuthors_KeepTheFirstHundredWithAWarning()
    {
        var result = FeedFolder.ParseArticle($"---\ntitle: T\n{YamlList("authors", Enumerable.Range(0, 10_000).Select(i => $"Author {i}"))}---\n");
        Assert.Equal(ListLimits.MaxItems, result.Article!.Authors.Count);
        Assert.Equal("Author 99", result.Article.Authors[^1].Name);
        Assert.Contains(result.Problems, p => !p.IsError && p.Message.Contains("'Author 100'", StringComparison.Ordinal) && p.Message.Contains("10,000", StringComparison.Ordinal));
    }

    [Fact]
    public void FeedDefinition_HundredThousandCategories_KeepTheFirstHundredWithAWarning()
    {
        var categories = Enumerable.Range(0, 100_000).Select(i => $"c{i}").ToList();
        var result = FeedDefinitionParser.Parse("news", $"title: T\ndescription: D\n{YamlList("categories", categories)}", "news/feed.yaml", _ => null, DateTimeOffset.UnixEpoch);
        Assert.Equal(categories.Take(ListLimits.MaxItems), result.Feed!.Categories);
        var warning = Assert.Single(result.Problems);
        Assert.Equal(3, warning.Line);
        Assert.Contains("'c100'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("99,895 more", warning.Message, StringComparison.Ordinal);

        var document = new FeedBuilder(new PublicUrls(FeedFolder.BaseUrl)).Build(result.Feed, [], DateTimeOffset.MaxValue);
        Assert.InRange(AtomWriter.Write(document).Length, 1, 64 * 1024);
        Assert.InRange(RssWriter.Write(document).Length, 1, 64 * 1024);
        Assert.InRange(JsonFeedWriter.Write(document).Length, 1, 64 * 1024);
    }

    [Fact]
    public void FeedDefinition_TenThousandAuthorsAndOverlongOnes_KeepTheFirstHundredShortOnes()
    {
        var authors = Enumerable.Range(0, 10_000).Select(i => i % 2 == 0 ? $"Author {i}" : new string('x', ListLimits.MaxLength + 1 + i % 50)).ToList();
        var result = FeedDefinitionParser.Parse("news", $"title: T\ndescription: D\n{YamlList("authors", authors)}", "news/feed.yaml", _ => null, DateTimeOffset.UnixEpoch);
        Assert.Equal(Enumerable.Range(0, ListLimits.MaxItems).Select(i => $"Author {2 * i}"), result.Feed!.Authors.Select(a => a.Name));
        Assert.Contains(result.Problems, p => p.Message.Contains("5,000 longer than", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Message.Contains("of 5,000 entries", StringComparison.Ordinal) && p.Message.Contains("'Author 200'", StringComparison.Ordinal));
    }
}
