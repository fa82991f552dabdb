using Syndication.Core.Model;

namespace Syndication.Core.Tests.Parsing;

public sealed class ArticleParserTests
{
    private static readonly TimeZoneInfo Kolkata = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");

    [Fact]
    public void TagsAndCategories_AreKeptApartAndShownTogether()
    {
        var article = FeedFolder.ParseArticle("---\ntitle: T\ntags: [rust, async, rust]\ncategories: [Guides, async]\n---\nBody").Article!;
        Assert.Equal(["rust", "async"], article.Tags);
        Assert.Equal(["Guides", "async"], article.Categories);
        Assert.Equal(["rust", "async", "Guides"], article.Terms);
    }

    [Fact]
    public void DateWithoutOffset_TakesTheFeedTimeZone()
    {
        var article = FeedFolder.ParseArticle("---\ntitle: T\ndate: 2017-03-22\n---\nBody", zone: Kolkata).Article!;
        Assert.Equal(new DateTimeOffset(2017, 3, 22, 0, 0, 0, TimeSpan.FromMinutes(330)), article.Published);
    }

    [Theory]
    [InlineData("2017-03-22T10:57:00+05:30", 330)]
    [InlineData("2017-03-22T10:57:00Z", 0)]
    [InlineData("2017-03-22t10:57:00-04:00", -240)]
    [InlineData("2017-03-22 10:57:00 +05:30", 330)]
    public void Rfc3339Date_KeepsItsOwnOffset(string date, int offsetMinutes)
    {
        var article = FeedFolder.ParseArticle($"---\ntitle: T\ndate: {date}\n---\nBody").Article!;
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), article.Published.Offset);
        Assert.Equal(10, article.Published.Hour);
    }

    [Theory]
    [InlineData("March 5th")]
    [InlineData("2017-02-30")]
    [InlineData("2017-03-22T10:57:00+25:00")]
    public void UnreadableDate_IsAnErrorOnItsLineWithAHint(string date)
    {
        var result = FeedFolder.ParseArticle($"---\ntitle: T\nsummary: S\ndate: {date}\n---\nBody");
        Assert.Null(result.Article);
        var error = Assert.Single(result.Problems, p => p.IsError);
        Assert.Equal(4, error.Line);
        Assert.Equal("news/post.md", error.File);
        Assert.Contains("YYYY-MM-DD", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingTitle_IsAnError()
    {
        var result = FeedFolder.ParseArticle("---\ndate: 2017-03-22\n---\nBody");
        Assert.Null(result.Article);
        Assert.Contains(result.Problems, p => p.IsError && p.Message.Contains("no title", StringComparison.Ordinal) && p.Hint!.Contains("title:", StringComparison.Ordinal));
    }

    [Fact]
    public void BrokenYaml_IsAnErrorOnTheFileLineOfTheFault()
    {
        var result = FeedFolder.ParseArticle("---\ntitle: T\ntags: [a, b\ndate: 2017-03-22\n---\nBody");
        Assert.Null(result.Article);
        var error = Assert.Single(result.Problems);
        Assert.True(error.IsError);
        Assert.InRange(error.Line, 3, 5);
        Assert.Contains("YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedFrontMatter_IsAnError()
    {
        var result = FeedFolder.ParseArticle("---\ntitle: T\nBody without closing fence");
        Assert.Null(result.Article);
        Assert.Contains(result.Problems, p => p.IsError && p.Message.Contains("never closed", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingFrontMatter_IsAnError() =>
        Assert.Contains(FeedFolder.ParseArticle("Just text").Problems, p => p.IsError && p.Line == 1);

    [Fact]
    public void UnknownKey_IsAWarningSuggestingTheKnownKey()
    {
        var result = FeedFolder.ParseArticle("---\ntitle: T\ntittle: Typo\n---\nBody");
        Assert.NotNull(result.Article);
        var warning = Assert.Single(result.Problems);
        Assert.False(warning.IsError);
        Assert.Equal(3, warning.Line);
        Assert.Contains("'tittle'", warning.Message, StringComparison.Ordinal);
        Assert.Equal("Did you mean 'title'?", warning.Hint);
    }

    [Fact]
    public void Authors_AcceptNamesObjectsAndLists()
    {
        var article = FeedFolder.ParseArticle("---\ntitle: T\nauthors:\n  - Grace Hopper\n  - name: Ada\n    email: ada@example.org\n    affiliation: Analytical Engines\n---\n").Article!;
        Assert.Equal([new Person("Grace Hopper"), new Person("Ada", "ada@example.org", null, "Analytical Engines")], article.Authors);
    }

    [Fact]
    public void ForbiddenXmlCharacters_AreRemovedWithAWarning()
    {
        var result = FeedFolder.ParseArticle("---\ntitle: Bell\u0007 here\n---\nNul\u0000 and \uFFFE gone");
        Assert.Equal("Bell here", result.Article!.Title);
        Assert.DoesNotContain('\u0000', result.Article.BodyHtml);
        Assert.Equal([2, 4], result.Problems.Where(p => !p.IsError).Select(p => p.Line));
    }

    [Fact]
    public void ByteOrderMarkAndCrLf_AreAccepted()
    {
        var article = FeedFolder.ParseArticle("\uFEFF---\r\ntitle: Windows\r\n---\r\nFirst\r\n\r\nSecond").Article!;
        Assert.Equal("Windows", article.Title);
        Assert.Equal("<p>First</p>\n<p>Second</p>", article.BodyHtml);
    }

    [Fact]
    public void PlainText_BecomesEscapedParagraphs()
    {
        var article = FeedFolder.ParseArticle("---\ntitle: T\n---\n*not emphasis* <b>\n\n  \nsecond", "news/note.txt").Article!;
        Assert.Equal("<p>*not emphasis* &lt;b&gt;</p>\n<p>second</p>", article.BodyHtml);
    }

    [Fact]
    public void SlugOverride_AndInvalidSlug()
    {
        Assert.Equal("custom", FeedFolder.ParseArticle("---\ntitle: T\nslug: custom\n---\n").Article!.Slug);
        Assert.Contains(FeedFolder.ParseArticle("---\ntitle: T\n---\n", "news/Bad Name.md").Problems, p => p.IsError && p.Message.Contains("slug", StringComparison.Ordinal));
    }

    [Fact]
    public void RelativeId_IsAnError() =>
        Assert.Contains(FeedFolder.ParseArticle("---\ntitle: T\nid: my-post\n---\n").Problems, p => p.IsError && p.Line == 3);

    [Fact]
    public void UpdatedBeforePublished_IsAWarningAndUsesThePublicationTime()
    {
        var result = FeedFolder.ParseArticle("---\ntitle: T\ndate: 2020-05-02\nupdated: 2020-05-01\n---\n");
        Assert.Equal(result.Article!.Published, result.Article.Updated);
        Assert.Contains(result.Problems, p => !p.IsError && p.Line == 4);
    }
}
