using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Syndication.Core.Parsing;

namespace Syndication.Core.Tests.Parsing;

/// <summary>
/// Surrogate escapes in double-quoted YAML: a high and a low one together are their character (as in JSON); any other
/// is removed with a warning on its line, never an error or a crash. Outside double quotes a backslash is just text.
/// </summary>
public sealed class YamlSurrogateEscapeTests
{
    private static ArticleParseResult Parse(string frontMatter) => FeedFolder.ParseArticle($"---\n{frontMatter}\n---\nBody\n");

    [Theory]
    [InlineData("\"\\uD83D\\uDE00\"", "😀")]
    [InlineData("\"\\ud83d\\ude00\"", "😀")]
    [InlineData("\"\\uD83D\\U0000DE00\"", "😀")]
    [InlineData("\"\\U0001F600\"", "😀")]
    [InlineData("'\\uD800'", "\\uD800")]
    [InlineData("a\\uD800b", "a\\uD800b")]
    [InlineData("\"\\\\uD800\"", "\\uD800")]
    public void PairsAndTextOutsideDoubleQuotes_AreKeptWithoutWarnings(string yaml, string title)
    {
        var result = Parse($"title: {yaml}");
        Assert.Equal(title, result.Article!.Title);
        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData("\"a\\uD800b\"", "ab", 1)]
    [InlineData("\"a\\uDC00\\uD800b\"", "ab", 2)]
    [InlineData("\"\\uD800\\u0041\"", "A", 1)]
    [InlineData("\"\\uDFFF\\uDBFF\\uDBFF\\uDC00\"", "\U0010FC00", 2)]
    [InlineData("\"x\\U0000D800\"", "x", 1)]
    [InlineData("\"\\\\\\uD800\"", "\\", 1)]
    public void LoneOrMisorderedHalves_AreRemovedWithAWarningOnTheirLine(string yaml, string title, int removed)
    {
        var result = Parse($"summary: S\ntitle: {yaml}");
        Assert.Equal(title, result.Article!.Title);
        Assert.Equal(removed, result.Problems.Count(p => !p.IsError && p.Line == 3 && p.Message.Contains("surrogate", StringComparison.Ordinal)));
        Assert.DoesNotContain(result.Problems, p => p.IsError);
    }

    [Fact]
    public void EscapesInListsAndFoldedLines_AreReportedWhereTheyAre()
    {
        var result = Parse("title: T\ntags: [\"x\\uD800\", y]\nsummary: \"first\n  second \\uDC00 line\"\nrights: |\n  \\uD800 stays");
        var article = result.Article!;
        Assert.Equal(["x", "y"], article.Tags);
        Assert.Equal("first second  line", article.Summary);
        Assert.Equal("\\uD800 stays", article.Rights);
        Assert.Equal([3, 5], result.Problems.Select(p => p.Line).Order());
    }

    private static readonly (string Yaml, string Utf16)[] Pieces =
    [
        ("\\uD800", "\uD800"), ("\\uDBFF", "\uDBFF"), ("\\uDC00", "\uDC00"), ("\\uDFFF", "\uDFFF"), ("\\uD83D", "\uD83D"), ("\\uDE00", "\uDE00"),
        ("\\U0000D800", "\uD800"), ("\\U0001F600", "😀"), ("\\uDFFE", "\uDFFE"), ("\\\\", "\\"), ("\\\"", "\""), ("uD800", "uD800"), ("a", "a"), ("\\u00e9", "é"),
    ];

    /// <summary>Any run of escapes: the title is the text they spell without unpaired surrogates (nor noncharacters such as U+10FFFF a pair can make), and the article publishes.</summary>
    [Property(MaxTest = 300)]
    public Property AnyRunOfEscapes_SpellsItsTextWithoutUnpairedHalves() =>
        Prop.ForAll(Gen.Elements(Pieces).ArrayOf().ToArbitrary(), pieces =>
        {
            var result = Parse($"title: \"T{string.Concat(pieces.Select(p => p.Yaml))}\"");
            Assert.DoesNotContain(result.Problems, p => p.IsError);
            Assert.Equal(WithoutUnpaired("T" + string.Concat(pieces.Select(p => p.Utf16))).Trim(), result.Article!.Title);
            Assert.Empty(RefusedCharacters.In(result.Article.Title));
        });

    private static string WithoutUnpaired(string utf16)
    {
        var kept = new StringBuilder();
        for (var i = 0; i < utf16.Length; i++)
        {
            if (i + 1 < utf16.Length && char.IsSurrogatePair(utf16[i], utf16[i + 1]))
            {
                if (RefusedCharacters.IsRefused(char.ConvertToUtf32(utf16[i], utf16[i + 1])))
                {
                    i++;
                    continue;
                }

                kept.Append(utf16, i++, 2);
            }
            else if (!char.IsSurrogate(utf16[i]) && !RefusedCharacters.IsRefused(utf16[i]))
            {
                kept.Append(utf16[i]);
            }
        }

        return kept.ToString();
    }
}
