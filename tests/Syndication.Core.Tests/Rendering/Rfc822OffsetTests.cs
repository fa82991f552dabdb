using System.Globalization;
using System.Text.RegularExpressions;
using Syndication.Core.Model;

namespace Syndication.Core.Tests.Rendering;

/// <summary>
/// RSS dates in every offset from -12:00 to +14:00 in 15-minute steps: strict RFC 2822 as the W3C validator wants it
/// (numeric offsets in whole or half hours only, else ProblematicalRFC822Date), the right day name, the same instant.
/// </summary>
public sealed partial class Rfc822OffsetTests
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly FeedDefinition Feed = new() { Name = "news", Title = "News", Description = "D" };

    public static TheoryData<int> QuarterHours()
    {
        var data = new TheoryData<int>();
        for (var minutes = -12 * 60; minutes <= 14 * 60; minutes += 15)
        {
            data.Add(minutes);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(QuarterHours))]
    public void RssDates_InEveryQuarterHourOffset_AreStrictRfc822ForTheSameInstant(int minutes)
    {
        // Just after midnight on New Year's Day, so writing the instant in GMT moves the day, the month and the year.
        var offset = TimeSpan.FromMinutes(minutes);
        var published = new DateTimeOffset(2021, 1, 1, 0, 7, 9, offset);
        var article = new Article { Slug = "a", Title = "T", BodyHtml = "<p>B</p>", Published = published, Updated = published };
        var feed = Published.Of(Feed, [article], DateTimeOffset.MaxValue);
        var rss = feed.RssXml;
        foreach (var written in new[] { rss.Descendants("pubDate").Single().Value, rss.Descendants("lastBuildDate").Single().Value })
        {
            var (instant, zone) = ReadStrict(written);
            Assert.Equal(published.UtcDateTime, instant);
            var halfHours = minutes % 30 == 0;
            var expectedZone = minutes == 0 || !halfHours ? "GMT" : $"{(minutes < 0 ? '-' : '+')}{Math.Abs(minutes) / 60:00}{Math.Abs(minutes) % 60:00}";
            Assert.Equal(expectedZone, zone);
        }

        Assert.Equal(published.UtcDateTime, feed.RssFeed.Items.Single().PublishingDate);
    }

    /// <summary>Reads "ddd, dd MMM yyyy HH:mm:ss zone" by RFC 2822's grammar, checking the day name as the validator does (IncorrectDOW).</summary>
    private static (DateTime Utc, string Zone) ReadStrict(string text)
    {
        var match = Strict().Match(text);
        Assert.True(match.Success, $"'{text}' is not strict RFC 2822 with a whole- or half-hour offset");
        int Number(string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
        var local = new DateTime(Number("year"), Array.IndexOf(Months, match.Groups["month"].Value) + 1, Number("day"), Number("hour"), Number("minute"), Number("second"), DateTimeKind.Unspecified);
        Assert.Equal(local.DayOfWeek.ToString()[..3], match.Groups["weekday"].Value);
        var zone = match.Groups["zone"].Value;
        var offset = zone == "GMT" ? TimeSpan.Zero : TimeSpan.FromMinutes((zone[0] == '-' ? -1 : 1) * (int.Parse(zone[1..3], CultureInfo.InvariantCulture) * 60 + int.Parse(zone[3..], CultureInfo.InvariantCulture)));
        return (DateTime.SpecifyKind(local - offset, DateTimeKind.Utc), zone);
    }

    [GeneratedRegex(@"^(?<weekday>Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?<day>[0-3][0-9]) (?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (?<year>[0-9]{4}) (?<hour>[01][0-9]|2[0-3]):(?<minute>[0-5][0-9]):(?<second>[0-5][0-9]) (?<zone>GMT|[+-](?:0[0-9]|1[0-4])[03]0)$")]
    private static partial Regex Strict();
}
