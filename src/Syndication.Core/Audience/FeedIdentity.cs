namespace Syndication.Core.Audience;

/// <summary>
/// The aggregator's own id for the subscription a poll is for: <c>feed-id=5a1b…</c> (The Old Reader, Feed Wrangler,
/// Google), <c>feed-id:1697787</c> (Feedbin), <c>feedId: 5404723</c> (Netvibes), or the number in NewsBlur's
/// <c>/site/7704055/</c> permalink.
/// </summary>
internal static class FeedIdentity
{
    // Real ids are at most a few dozen characters; a longer one is cut, not kept whole.
    private const int MaxLength = 64;

    public static string? Find(ReadOnlySpan<char> userAgent) => Keyed(userAgent) ?? NewsBlurSite(userAgent);

    /// <summary>"feed-id", "feed_id", "feedid" or "feed id", then ":" or "=" or spaces, then the id.</summary>
    private static string? Keyed(ReadOnlySpan<char> text)
    {
        var from = 0;
        while (text[from..].IndexOf("feed", StringComparison.OrdinalIgnoreCase) is var found and >= 0)
        {
            var start = from + found;
            from = start + 4;
            var rest = text[from..];
            if (start > 0 && char.IsLetter(text[start - 1]))
            {
                continue;
            }

            if (rest.Length > 0 && rest[0] is '-' or '_' or ' ')
            {
                rest = rest[1..];
            }

            if (!rest.StartsWith("id", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            rest = rest[2..];
            var trimmed = rest.TrimStart(" :=");
            if (trimmed.Length < rest.Length && Token(trimmed) is { } id)
            {
                return id;
            }
        }

        return null;
    }

    private static string? NewsBlurSite(ReadOnlySpan<char> text)
    {
        const string Site = "/site/";
        var at = text.IndexOf(Site, StringComparison.OrdinalIgnoreCase);
        if (at < 0 || !text.Contains("newsblur", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = text[(at + Site.Length)..];
        var length = 0;
        while (length < rest.Length && char.IsAsciiDigit(rest[length]))
        {
            length++;
        }

        return length == 0 ? null : "site/" + rest[..Math.Min(length, MaxLength)].ToString();
    }

    private static string? Token(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && length < MaxLength && (char.IsAsciiLetterOrDigit(text[length]) || text[length] is '-' or '_' or '.'))
        {
            length++;
        }

        return length == 0 ? null : text[..length].ToString();
    }
}
