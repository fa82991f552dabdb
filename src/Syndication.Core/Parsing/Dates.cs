using System.Globalization;
using System.Text.RegularExpressions;

namespace Syndication.Core.Parsing;

/// <summary>
/// Reads front matter dates: YYYY-MM-DD or RFC 3339; a date without an offset takes the feed's time zone. Accepted
/// instants run from 1970-01-01T00:00:00Z to the end of year 9999: the W3C feed validator calls anything earlier
/// implausible and readers that keep Unix time cannot show it; later ones cannot be written in four digits.
/// </summary>
internal static partial class Dates
{
    public static readonly DateTimeOffset Earliest = DateTimeOffset.UnixEpoch;

    private const string Hint = "Write a date as YYYY-MM-DD or as RFC 3339 with an offset, like 2017-03-22T10:57:00+05:30";

    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
    ];

    public static DateTimeOffset? Read(YamlFields fields, string key, TimeZoneInfo zone)
    {
        if (fields.Node(key) is not { } node || fields.Text(node, key) is not { } text)
        {
            return null;
        }

        var (value, problem, hint) = Parse(text, zone);
        if (problem is not null)
        {
            fields.Error(node, $"'{key}' {problem}: '{text}'", hint ?? Hint);
        }

        return value;
    }

    /// <summary>The instant <paramref name="text"/> names, or why it names none: never throws, whatever the date, offset or zone.</summary>
    public static (DateTimeOffset? Value, string? Problem, string? Hint) Parse(string text, TimeZoneInfo zone)
    {
        // Lower-case 't' and 'z' are allowed by RFC 3339.
        var match = Shape().Match(text.ToUpperInvariant());
        var local = match.Groups["time"].Success ? $"{match.Groups["date"].Value}T{match.Groups["time"].Value}" : match.Groups["date"].Value;
        if (!match.Success || !DateTime.TryParseExact(local, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return (null, "is not a date I can read", null);
        }

        TimeSpan offset;
        if (match.Groups["offset"].Success)
        {
            offset = ParseOffset(match.Groups["offset"].Value);
            if (offset.Duration() > MaxOffset)
            {
                return (null, "has an offset beyond ±14:00", "Real offsets run from -12:00 to +14:00: write YYYY-MM-DD, or RFC 3339 like 2017-03-22T10:57:00+05:30 or 2017-03-22T05:27:00Z");
            }
        }
        else if (ZoneOffset(zone, time) is { } zoneOffset)
        {
            offset = zoneOffset;
        }
        else
        {
            return (null, $"is outside the time zone {zone.Id}", "Write the date with an offset, like 2017-03-22T10:57:00+05:30");
        }

        var utcTicks = time.Ticks - offset.Ticks;
        if (utcTicks < Earliest.UtcTicks)
        {
            return (null, "is before 1970, which feed readers and validators take for a mistake",
                "Write the real publication date; dates before 1970-01-01T00:00:00Z are not accepted");
        }

        if (utcTicks > DateTime.MaxValue.Ticks)
        {
            return (null, "is after the year 9999 once its offset is applied", "Write a date before 9999-12-31");
        }

        // A zone's old local mean time can have seconds in its offset (Monrovia, -00:44:30 until 1972); keep the instant, in UTC.
        return offset.Ticks % TimeSpan.TicksPerMinute == 0
            ? (new DateTimeOffset(time, offset), null, null)
            : (new DateTimeOffset(utcTicks, TimeSpan.Zero), null, null);
    }

    private static TimeSpan ParseOffset(string text)
    {
        if (text == "Z")
        {
            return TimeSpan.Zero;
        }

        var digits = text.Replace(":", "", StringComparison.Ordinal);
        var minutes = int.Parse(digits[1..3], CultureInfo.InvariantCulture) * 60 + int.Parse(digits[3..5], CultureInfo.InvariantCulture);
        return TimeSpan.FromMinutes(digits[0] == '-' ? -minutes : minutes);
    }

    /// <summary>The zone's offset at a local time; null where the zone's rules cannot say (at the very ends of the calendar).</summary>
    private static TimeSpan? ZoneOffset(TimeZoneInfo zone, DateTime local)
    {
        try
        {
            var offset = zone.GetUtcOffset(local);
            return offset.Duration() <= MaxOffset ? offset : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})(?:[T ](?<time>[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,7})?)?) ?(?<offset>Z|[+-][0-9]{2}:?[0-5][0-9])?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
