using System.Collections.Concurrent;
using System.Globalization;

namespace Syndication.Core.Rendering;

/// <summary>
/// Dates as a reader of the feed writes them: the long date of the feed's language ("2 janvier 2024", "2. Januar 2024",
/// "January 2, 2024"), without the weekday; "2 January 2024" when the feed names no language .NET knows. Machines read
/// the exact time from the &lt;time&gt; element's datetime attribute.
/// </summary>
internal static class PageDates
{
    private static readonly (CultureInfo Culture, string Pattern) Fallback = (CultureInfo.InvariantCulture, "d MMMM yyyy");

    // One entry per language a feed names: a handful.
    private static readonly ConcurrentDictionary<string, (CultureInfo Culture, string Pattern)> Known = new(StringComparer.OrdinalIgnoreCase);

    public static string Time(DateTimeOffset time, string? language) =>
        $"<time datetime=\"{Iso(time)}\">{PageLayout.E(Human(time, language))}</time>";

    public static string Human(DateTimeOffset time, string? language)
    {
        var (culture, pattern) = string.IsNullOrWhiteSpace(language) ? Fallback : Known.GetOrAdd(language.Trim(), Resolve);
        try
        {
            return time.ToString(pattern, culture);
        }
        catch (ArgumentOutOfRangeException)
        {
            // A culture's own calendar (Um al-Qura, say) covers fewer years than the Gregorian one.
            return time.ToString(Fallback.Pattern, Fallback.Culture);
        }
    }

    public static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static (CultureInfo, string) Resolve(string language)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(language, predefinedOnly: true);
            return culture.Name.Length == 0 ? Fallback : (culture, WithoutWeekday(culture.DateTimeFormat.LongDatePattern));
        }
        catch (CultureNotFoundException)
        {
            return Fallback;
        }
    }

    /// <summary>The long date pattern without its weekday, which every culture puts first or last ("dddd, MMMM d, yyyy", "yyyy年M月d日dddd").</summary>
    private static string WithoutWeekday(string pattern)
    {
        const string Weekday = "dddd";
        var trimmed = pattern.StartsWith(Weekday, StringComparison.Ordinal) ? pattern[Weekday.Length..].TrimStart(',', ' ', '،')
            : pattern.EndsWith(Weekday, StringComparison.Ordinal) ? pattern[..^Weekday.Length].TrimEnd(',', ' ', '،')
            : pattern;
        return trimmed.Contains(Weekday, StringComparison.Ordinal) || trimmed.Length == 0 ? pattern : trimmed;
    }
}
