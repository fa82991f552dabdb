using System.Globalization;
using Syndication.Core.Model;
using Syndication.Core.Parsing;

namespace Syndication.Core.Tests.Parsing;

/// <summary>
/// Every code point XML forbids or discourages, however it is written (character reference in Markdown or raw HTML,
/// raw character in plain text, YAML escape): removed with a warning, the article still published, every format
/// well-formed and free of it.
/// </summary>
public sealed class ForbiddenCharacterTests
{
    private static readonly FeedDefinition Feed = new() { Name = "news", Title = "News", Description = "D" };

    /// <summary>C0 controls, DEL, C1 controls, both ends of the surrogates, U+FFFE/U+FFFF, the noncharacter block and every plane's last two.</summary>
    public static TheoryData<int> Refused()
    {
        var data = new TheoryData<int>();
        var points = Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r'))
            .Concat(Enumerable.Range(0x7F, 0x21))
            .Concat([0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xFFFE, 0xFFFF])
            .Concat(Enumerable.Range(0xFDD0, 0x20))
            .Concat(Enumerable.Range(1, 16).SelectMany(plane => new[] { (plane << 16) | 0xFFFE, (plane << 16) | 0xFFFF }));
        foreach (var point in points)
        {
            data.Add(point);
        }

        return data;
    }

    private static ArticleParseResult Parse(string text, string file) => FeedFolder.ParseArticle(text, file);

    /// <summary>Published in every format, read back by independent readers, with no refused character anywhere.</summary>
    private static void AssertPublishedClean(ArticleParseResult result)
    {
        Assert.DoesNotContain(result.Problems, p => p.IsError);
        var published = Published.Of(Feed, [result.Article!], DateTimeOffset.MaxValue);
        Assert.Single(published.AtomFeed.Items);
        Assert.Single(published.RssFeed.Items);
        Assert.Empty(published.Refused());
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void CharacterReference_InMarkdownAndRawHtml_IsRemovedWithAWarningOnItsLine(int point)
    {
        var hex = point.ToString("X", CultureInfo.InvariantCulture);
        var text = $"---\ntitle: T\n---\nFirst paragraph.\n\nA &#x{hex}; here and &#{point}; there.\n\n<div title=\"&#x{hex};\">raw &#x{hex}; html</div>\n";
        var result = Parse(text, "news/refs.md");
        AssertPublishedClean(result);
        Assert.Contains("here and", result.Article!.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("raw", result.Article.BodyHtml, StringComparison.Ordinal);
        // NUL and surrogates become U+FFFD in Markdown and HTML alike (nothing to remove); the rest are decoded, then removed.
        if (point is not (0 or (>= 0xD800 and <= 0xDFFF)))
        {
            Assert.Contains(result.Problems, p => !p.IsError && p.Line == 6 && p.Message.Contains($"U+{point:X4}", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void RawCharacter_InPlainTextAndMarkdown_IsRemovedWithAWarningOnItsLine(int point)
    {
        var raw = point is >= 0xD800 and <= 0xDFFF ? ((char)point).ToString() : char.ConvertFromUtf32(point);
        foreach (var file in new[] { "news/raw.txt", "news/raw.md" })
        {
            var result = Parse($"---\ntitle: T\n---\nplain\n\nbefore {raw} after\n", file);
            AssertPublishedClean(result);
            Assert.Contains(result.Problems, p => !p.IsError && p.Line == 6 && p.Message.Contains($"U+{point:X4}", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void YamlEscape_InEveryTextField_IsRemovedWithAWarningOnItsLine(int point)
    {
        var escape = point <= 0xFF ? $"\\x{point:X2}" : point <= 0xFFFF ? $"\\u{point:X4}" : $"\\U{point:X8}";
        var text = $"---\ntitle: \"a{escape}b\"\nsummary: \"s{escape}\"\ntags: [\"t{escape}\"]\nauthor: {{ name: \"n{escape}\" }}\nrights: \"r{escape}\"\n---\nBody\n";
        var result = Parse(text, "news/yaml.md");
        AssertPublishedClean(result);
        Assert.Equal("ab", result.Article!.Title);
        for (var line = 2; line <= 6; line++)
        {
            Assert.Contains(result.Problems, p => !p.IsError && p.Line == line);
        }
    }
}
