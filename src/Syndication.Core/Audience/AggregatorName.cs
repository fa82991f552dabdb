namespace Syndication.Core.Audience;

/// <summary>
/// A stable name for the aggregator behind a User-Agent, so its counts add up across versions and wordings: the known
/// ones by a token they always send, any other by its product token ("AideRSS/1.0" → "AideRSS", "Mozilla/5.0
/// (compatible; Foo/2.1; …)" → "Foo").
/// </summary>
internal static class AggregatorName
{
    // Order matters: Feedly and FeedHQ say "like FeedFetcher-Google", so Google comes last.
    private static readonly (string Token, string Name)[] Known =
    [
        ("feedly", "Feedly"),
        ("inoreader", "Inoreader"),
        ("newsblur", "NewsBlur"),
        ("feedbin", "Feedbin"),
        ("theoldreader", "The Old Reader"),
        ("bazqux", "BazQux"),
        ("feed wrangler", "Feed Wrangler"),
        ("feedwrangler", "Feed Wrangler"),
        ("feedhq", "FeedHQ"),
        ("netvibes", "Netvibes"),
        ("bloglines", "Bloglines"),
        ("newsgator", "NewsGator"),
        ("dreamwidth", "Dreamwidth"),
        ("livejournal", "LiveJournal"),
        ("overcast", "Overcast"),
        ("rojo.com", "Rojo"),
        ("feedfetcher-google", "Google Feedfetcher"),
    ];

    private static readonly System.Buffers.SearchValues<char> EndOfProduct = System.Buffers.SearchValues.Create(" /;(),");

    // A name is a label, not a place to keep whatever a client sends.
    private const int MaxLength = 40;

    public static string Of(ReadOnlySpan<char> userAgent)
    {
        foreach (var (token, name) in Known)
        {
            if (userAgent.Contains(token, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        const string Compatible = "(compatible;";
        var product = userAgent.IndexOf(Compatible, StringComparison.OrdinalIgnoreCase) is var at and >= 0
            ? userAgent[(at + Compatible.Length)..].TrimStart(' ')
            : userAgent.TrimStart(' ');
        var end = product.IndexOfAny(EndOfProduct);
        return Clean(end < 0 ? product : product[..end]);
    }

    private static string Clean(ReadOnlySpan<char> token)
    {
        Span<char> name = stackalloc char[MaxLength];
        var length = 0;
        foreach (var c in token)
        {
            if (length == MaxLength)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')
            {
                name[length++] = c;
            }
        }

        return length == 0 ? "unnamed" : new string(name[..length]);
    }
}
