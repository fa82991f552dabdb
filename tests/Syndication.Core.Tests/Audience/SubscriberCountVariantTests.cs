using System.Globalization;
using Syndication.Core.Audience;

namespace Syndication.Core.Tests.Audience;

/// <summary>
/// The real formats with other numbers, thousands separators and letter case: the parser must read the form, not the
/// examples it was written against.
/// </summary>
public sealed class SubscriberCountVariantTests
{
    // {n} is the count, {noun} the word as the aggregator spells it.
    private static readonly (string Template, string Noun, string Aggregator)[] Forms =
    [
        ("Feedly/1.0 (+http://www.feedly.com/fetcher.html; {n} {noun}; )", "subscribers", "Feedly"),
        ("Mozilla/5.0 (compatible; inoreader.com; {n} {noun})", "subscribers", "Inoreader"),
        ("NewsBlur Feed Fetcher - {n} {noun} - https://www.newsblur.com/site/42/example (\"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)\")", "subscribers", "NewsBlur"),
        ("Feedbin feed-id:1697787 - {n} {noun}", "subscribers", "Feedbin"),
        ("Mozilla/5.0 (compatible; theoldreader.com; {n} {noun}; feed-id=5a1b2c3d)", "subscribers", "The Old Reader"),
        ("Mozilla/5.0 (compatible; BazQux/2.4; +https://bazqux.com/fetcher; {n} {noun})", "subscribers", "BazQux"),
        ("Feed Wrangler/1.0 ({n} {noun}; feed-id=394524; http://feedwrangler.net; Allow like Gecko)", "subscriber", "Feed Wrangler"),
        ("Dreamwidth Studios (webmaster@dreamwidth.org; for https://www.dreamwidth.org/users/x/; {n} {noun})", "readers", "Dreamwidth"),
        ("Mozilla/5.0 (rv:1.2.1; Rojo 1.0; Aggregating on behalf of {n} {noun} online at http://www.rojo.com/?feed-id=1)", "subscriber(s)", "Rojo"),
        ("PlainFeeder v0.0.1 (+http://plainfeeder.com/about ; {noun} Count: {n})", "Subscriber", "PlainFeeder"),
    ];

    private static readonly int[] Counts = [0, 1, 7, 42, 999, 1000, 4096, 12345, 999999, 1234567, 999999999];

    // Thousands separators as people write them: comma, dot, apostrophe, space, no-break and narrow no-break space.
    private static readonly string[] Separators = ["", ",", ".", "'", " ", "\u00A0", "\u202F"];

    public static TheoryData<int> FormIndexes() => [.. Enumerable.Range(0, Forms.Length)];

    [Theory]
    [MemberData(nameof(FormIndexes))]
    public void Parse_AnyCountInARealForm_ReadsTheCountAndTheAggregator(int form)
    {
        var (template, noun, aggregator) = Forms[form];
        var misread = new List<string>();
        foreach (var count in Counts)
        {
            foreach (var separator in count < 1000 ? [""] : Separators)
            {
                var number = count.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", separator, StringComparison.Ordinal);
                foreach (var spelling in new[] { noun, noun.ToUpperInvariant(), char.ToUpperInvariant(noun[0]) + noun[1..] })
                {
                    var userAgent = template.Replace("{n}", number, StringComparison.Ordinal).Replace("{noun}", spelling, StringComparison.Ordinal);
                    if (SubscriberClaim.Parse(userAgent) is not { } claim || claim.Subscribers != count || claim.Aggregator != aggregator)
                    {
                        misread.Add($"{userAgent} → {SubscriberClaim.Parse(userAgent)}");
                    }
                }
            }
        }

        Assert.Empty(misread);
    }

    [Theory]
    [InlineData("Example/1.0 (1234567890 subscribers)")]
    [InlineData("Example/1.0 (1,234,567,890 subscribers)")]
    public void Parse_CountBeyondAnyAudience_IsNoClaim(string userAgent)
    {
        Assert.Null(SubscriberClaim.Parse(userAgent));
    }
}
