using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Syndication.Core.Model;
using Syndication.Core.Parsing;

namespace Syndication.Core.Tests.Parsing;

/// <summary>
/// Dates at the ends of the calendar, in every time zone the system knows and with every offset: an instant from
/// 1970 to 9999 is read exactly, anything else is an error on the key's line; nothing throws.
/// </summary>
public sealed class DateRangeTests
{
    private static readonly TimeZoneInfo[] Zones = [.. TimeZoneInfo.GetSystemTimeZones(), TimeZoneInfo.Utc];

    /// <summary>Local times at and around the limits, plus zones' odd historical offsets (local mean time before 1900, Monrovia's -00:44:30 until 1972).</summary>
    private static readonly string[] LocalTimes =
    [
        "0001-01-01", "0001-01-01T00:00:00", "0001-01-01T13:59:59", "1850-06-01T12:00", "1969-12-31T23:59:59", "1970-01-01",
        "1970-01-01T00:00:00", "1970-01-01T14:00:00", "1971-06-01", "2017-03-22T10:57:00", "9999-12-31", "9999-12-31T10:00:00",
        "9999-12-31T23:59:59.9999999",
    ];

    /// <summary>Every offset from -14:00 to +14:00 in 15-minute steps, Z, the unknown-offset -00:00, and offsets no place has.</summary>
    private static readonly string[] Offsets =
    [
        .. Enumerable.Range(-56, 113).Select(q => Offset(q * 15)), "Z", "z", "-00:00", "+14:01", "-14:15", "+15:00", "+99:00",
    ];

    private static readonly string[] OffsetsOrNone = ["", .. Offsets];

    private static string Offset(int minutes) => $"{(minutes < 0 ? '-' : '+')}{Math.Abs(minutes) / 60:00}:{Math.Abs(minutes) % 60:00}";

    private static bool IsPlausible(DateTimeOffset value) => value >= DateTimeOffset.UnixEpoch;

    [Fact]
    public void EveryZoneAndLocalTime_GivesTheInstantTheZoneDefinesOrAReason()
    {
        var read = 0;
        foreach (var zone in Zones)
        {
            foreach (var text in LocalTimes)
            {
                var (value, problem, _) = Dates.Parse(text, zone);
                var local = DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
                var utc = zone.IsInvalidTime(local) ? (DateTime?)null : TryToUtc(local, zone);
                if (value is { } v)
                {
                    read++;
                    Assert.Null(problem);
                    Assert.True(IsPlausible(v), $"{text} in {zone.Id} gave {v:O}");
                    if (utc is { } expected)
                    {
                        Assert.Equal(expected, v.UtcDateTime);
                    }
                }
                else
                {
                    Assert.NotNull(problem);
                    // ConvertTimeToUtc clamps what falls past the calendar's end to DateTime.MaxValue.
                    Assert.True(utc is null || utc < DateTime.UnixEpoch || utc == DateTime.MaxValue, $"{text} in {zone.Id} was refused: {problem}");
                }
            }
        }

        Assert.True(read > Zones.Length * 5, $"only {read} dates were read");
    }

    [Fact]
    public void EveryOffset_OnEveryLimitDate_GivesThatInstantOrAReason()
    {
        foreach (var local in LocalTimes.Where(t => t.Length > 10))
        {
            foreach (var offset in Offsets)
            {
                var (value, problem, _) = Dates.Parse(local + offset, TimeZoneInfo.Utc);
                var minutes = offset.Equals("Z", StringComparison.OrdinalIgnoreCase) ? 0 : int.Parse(offset[1..3], System.Globalization.CultureInfo.InvariantCulture) * 60 + int.Parse(offset[4..], System.Globalization.CultureInfo.InvariantCulture);
                minutes = offset[0] == '-' ? -minutes : minutes;
                var utcTicks = DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture).Ticks - TimeSpan.FromMinutes(minutes).Ticks;
                var representable = Math.Abs(minutes) <= 14 * 60 && utcTicks >= DateTimeOffset.UnixEpoch.UtcTicks && utcTicks <= DateTime.MaxValue.Ticks;
                Assert.True(representable == value.HasValue, $"{local}{offset}: {problem}");
                if (value is { } v)
                {
                    Assert.Equal(utcTicks, v.UtcTicks);
                    Assert.Equal(TimeSpan.FromMinutes(minutes), v.Offset);
                }
            }
        }
    }

    [Theory]
    [InlineData("date")]
    [InlineData("lastmod")]
    [InlineData("updated")]
    public void FirstOfJanuaryYearOne_InKolkata_IsAnErrorOnItsLineNotACrash(string key)
    {
        var zone = FeedDefinitionParser.Parse("news", "title: N\ndescription: D\ntimezone: Asia/Kolkata\n", "news/feed.yaml", _ => null, DateTimeOffset.UnixEpoch).Feed!.TimeZone;
        var result = FeedFolder.ParseArticle($"---\ntitle: T\n{key}: 0001-01-01\n---\nBody", zone: zone);
        Assert.Null(result.Article);
        var error = Assert.Single(result.Problems, p => p.IsError);
        Assert.Equal(3, error.Line);
        Assert.Contains("1970", error.Message, StringComparison.Ordinal);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("10000-01-01")]
    [InlineData("2017-02-30")]
    [InlineData("2017-03-22T24:00:00Z")]
    [InlineData("2017-03-22T10:57:00+05:60")]
    [InlineData("٢٠١٧-٠٣-٢٢")]
    public void ImpossibleDates_AreErrorsOnTheirLine(string date)
    {
        var result = FeedFolder.ParseArticle($"---\ntitle: T\ndate: \"{date}\"\n---\nBody");
        Assert.Equal(3, Assert.Single(result.Problems, p => p.IsError).Line);
    }

    /// <summary>Any zone, any of the limit dates and offsets, any date key: the whole parse never throws and reports on the key's line.</summary>
    [Property(MaxTest = 300)]
    public Property AnyZoneDateAndKey_ParsesOrIsReportedOnTheKeysLine()
    {
        var cases =
            from zone in Gen.Elements(Zones)
            from local in Gen.Elements(LocalTimes)
            from offset in Gen.Elements(OffsetsOrNone)
            from key in Gen.Elements("date", "lastmod", "updated")
            select (zone, text: offset.Length == 0 || local.Length == 10 ? local : local + offset, key);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var result = FeedFolder.ParseArticle($"---\ntitle: T\n{c.key}: {c.text}\n---\nBody", zone: c.zone);
            if (result.Article is { } article)
            {
                Assert.True(IsPlausible(article.Published) && IsPlausible(article.Updated));
                var feed = new FeedDefinition { Name = "news", Title = "N", Description = "D", TimeZone = c.zone };
                Assert.NotEmpty(Published.Of(feed, [article], DateTimeOffset.MaxValue).Texts());
            }
            else
            {
                Assert.Equal(3, Assert.Single(result.Problems, p => p.IsError).Line);
            }
        });
    }

    private static DateTime? TryToUtc(DateTime local, TimeZoneInfo zone)
    {
        try
        {
            return TimeZoneInfo.ConvertTimeToUtc(local, zone);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
