using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Syndication.Core.Channels;

namespace Syndication.Core.Tests.Channels;

/// <summary>Tag and category names as URL slugs: examples written by hand, and properties over generated names.</summary>
public sealed partial class TermSlugTests
{
    [Theory]
    [InlineData("Rust", "rust")]
    [InlineData("Social media", "social-media")]
    [InlineData("  Internet -- censorship!  ", "internet-censorship")]
    [InlineData("snake_case", "snake-case")]
    [InlineData("C++", "c")]
    [InlineData("Web 3.0", "web-3-0")]
    [InlineData("Ελληνικά", "ελληνικά")]
    [InlineData("日本語", "日本語")]
    [InlineData("हिन्दी", "हिन्दी")]
    [InlineData("Cafe\u0301", "caf\u00e9")]
    [InlineData("Crème Brûlée", "crème-brûlée")]
    [InlineData("a\u200bb", "a-b")]
    [InlineData("x\ufffey\u0001z", "x-y-z")]
    public void Names_BecomeLowerCaseLettersAndDigitsJoinedByHyphens(string name, string slug) =>
        Assert.Equal(slug, TermSlugs.Of(name));

    [Theory]
    [InlineData("🦀")]
    [InlineData("!!!")]
    [InlineData("")]
    [InlineData("\ud800")]
    public void NamesWithoutLettersOrDigits_BecomeAShortHash(string name)
    {
        var slug = TermSlugs.Of(name);
        Assert.Matches("^[0-9a-f]{8}$", slug);
        Assert.NotEqual(slug, TermSlugs.Of(name + "?"));
    }

    [Fact]
    public void LongNames_AreCutAtWholeCharactersAndKeepAHashOfTheWhole()
    {
        var first = TermSlugs.Of(string.Concat(Enumerable.Repeat("日本", 100)) + "一");
        var second = TermSlugs.Of(string.Concat(Enumerable.Repeat("日本", 100)) + "二");
        Assert.NotEqual(first, second);
        Assert.All(new[] { first, second }, slug =>
        {
            Assert.InRange(Encoding.UTF8.GetByteCount(slug), 1, TermSlugs.MaxBytes);
            Assert.Matches("^(日本)+日?-[0-9a-f]{8}$", slug);
        });
    }

    [Fact]
    public void ALetterWithMoreMarksThanFit_BecomesAHash() =>
        Assert.Matches("^[0-9a-f]{8}$", TermSlugs.Of("a" + new string('\u0301', 200)));

    private static Arbitrary<string> Names() => Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>(),
            Gen.Elements("a", "Z", "é", "e\u0301", "ß", "İ", "日", "ह", "ि", "٣", "😀", "\ud83d", "\u200b", " ", "-", "_", ".", "/", "%", "~", "Ⅻ", "\ufffe", "\u0000")
                .ArrayOf().Select(parts => string.Concat(parts)))
        .Select(s => s ?? "")
        .ToArbitrary();

    [Property(MaxTest = 3000)]
    public Property Slugs_AreValidPathSegmentsAndTheirOwnSlug() =>
        Prop.ForAll(Names(), name =>
        {
            var slug = TermSlugs.Of(name);
            Assert.Matches(SlugShape(), slug);
            Assert.InRange(Encoding.UTF8.GetByteCount(slug), 1, TermSlugs.MaxBytes);
            Assert.True(slug.IsNormalized(NormalizationForm.FormC), slug);
            Assert.Equal(slug, TermSlugs.Of(slug));
            Assert.True(TermSlugs.IsValid(slug), slug);
        });

    [Theory]
    [InlineData("..")]
    [InlineData("Rust")]
    [InlineData("a--b")]
    [InlineData("-a")]
    [InlineData("a/b")]
    [InlineData("")]
    public void RouteValuesThatNoNameProduces_AreNotSlugs(string value) => Assert.False(TermSlugs.IsValid(value));

    // Lower-case letters (any script) with their marks and decimal digits, in runs joined by single hyphens.
    [GeneratedRegex(@"^[\p{Ll}\p{Lo}\p{Lm}\p{Lt}\p{Lu}\p{M}\p{Nd}]+(-[\p{Ll}\p{Lo}\p{Lm}\p{Lt}\p{Lu}\p{M}\p{Nd}]+)*$")]
    private static partial Regex SlugShape();
}
