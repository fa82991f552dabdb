using System.Globalization;

namespace Syndication.Core.Audience;

/// <summary>
/// Finds the subscriber count in a User-Agent, in any of the forms aggregators use: a number before the noun
/// ("462 subscribers", "1 subscriber", "15 subscriber(s)", "2 readers", "1,234 subscribers") or after it
/// ("subscribers 1", "Subscriber Count: 12"). There is no standard, so the noun and the number are what count, not the
/// punctuation around them.
/// </summary>
internal static class SubscriberCount
{
    private static readonly string[] Nouns = ["subscriber", "reader"];

    // Above this a number is not a plausible count, and it always fits an int.
    private const int MaxDigits = 9;

    public static int? Find(ReadOnlySpan<char> text)
    {
        foreach (var noun in Nouns)
        {
            var from = 0;
            while (text[from..].IndexOf(noun, StringComparison.OrdinalIgnoreCase) is var found and >= 0)
            {
                var start = from + found;
                var end = EndOfNoun(text, start + noun.Length);
                // A word of its own: "theoldreader.com" and "Feedreader" name products, not counts.
                if ((start == 0 || !char.IsLetter(text[start - 1])) && (end == text.Length || !char.IsLetter(text[end]))
                    && (Before(text, start) ?? After(text, end)) is { } count)
                {
                    return count;
                }

                from = start + noun.Length;
            }
        }

        return null;
    }

    /// <summary>Past a plural: "subscribers", "subscriber(s)".</summary>
    private static int EndOfNoun(ReadOnlySpan<char> text, int end) =>
        text[end..].StartsWith("(s)", StringComparison.OrdinalIgnoreCase) ? end + 3
        : end < text.Length && text[end] is 's' or 'S' ? end + 1
        : end;

    /// <summary>"… 1,234 subscribers": the number just before the noun, read right to left one digit group at a time.</summary>
    private static int? Before(ReadOnlySpan<char> text, int noun)
    {
        var end = noun;
        while (end > 0 && text[end - 1] is ' ' or '_' or '+')
        {
            end--;
        }

        var start = end;
        while (true)
        {
            var groupEnd = start;
            while (start > 0 && char.IsAsciiDigit(text[start - 1]))
            {
                start--;
            }

            // Only a group of exactly three digits can have another group before it: "1,234" and "12 345", not "2.4".
            if (groupEnd - start == 3 && start > 1 && IsGroupSeparator(text[start - 1]) && char.IsAsciiDigit(text[start - 2]))
            {
                start--;
                continue;
            }

            break;
        }

        // Versions, decimals and ids are not counts: "BazQux/2.4 readers", "v1.5 subscribers" and "x12,34" are refused.
        var previous = start > 0 ? text[start - 1] : ' ';
        if (start == end || char.IsLetterOrDigit(previous) || previous is '.' or '/'
            || previous != ' ' && IsGroupSeparator(previous) && start > 1 && char.IsAsciiDigit(text[start - 2]))
        {
            return null;
        }

        return Digits(text[start..end]);
    }

    /// <summary>"subscribers 1", "Subscriber Count: 12": the number just after the noun.</summary>
    private static int? After(ReadOnlySpan<char> text, int end)
    {
        var rest = text[end..].TrimStart(" _");
        if (rest.StartsWith("count", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[5..];
        }

        rest = rest.TrimStart(" _:=");
        var first = DigitsFrom(rest, 0);
        var length = first;
        // Further groups of exactly three digits after a first of one to three: "12,345", "1 234 567".
        while (first <= 3 && length < rest.Length && IsGroupSeparator(rest[length]) && DigitsFrom(rest, length + 1) == 3)
        {
            length += 4;
        }

        var next = length < rest.Length ? rest[length] : ' ';
        return length == 0 || char.IsLetter(next) || next == '.' && length + 1 < rest.Length && char.IsAsciiDigit(rest[length + 1])
            ? null
            : Digits(rest[..length]);
    }

    private static int DigitsFrom(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end - start;
    }

    private static bool IsGroupSeparator(char c) => c is ',' or '.' or '\'' or '\u2019' or ' ' or '\u00A0' or '\u202F' or '\u2009';

    /// <summary>The value of the digits in <paramref name="number"/>, separators skipped; null past <see cref="MaxDigits"/>.</summary>
    private static int? Digits(ReadOnlySpan<char> number)
    {
        Span<char> digits = stackalloc char[MaxDigits];
        var length = 0;
        foreach (var c in number)
        {
            if (!char.IsAsciiDigit(c))
            {
                continue;
            }

            if (length == MaxDigits)
            {
                return null;
            }

            digits[length++] = c;
        }

        return int.Parse(digits[..length], NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
