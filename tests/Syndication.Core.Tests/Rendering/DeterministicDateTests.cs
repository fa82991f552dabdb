using System.Xml.Linq;
using Syndication.Core.Model;

namespace Syndication.Core.Tests.Rendering;

/// <summary>Documents are the same bytes whenever they are built, whatever their dates, even at the ends of the calendar.</summary>
public sealed class DeterministicDateTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static readonly FeedDefinition Feed = new() { Name = "news", Title = "News", Description = "D" };

    private static Article Dated(string slug, DateTimeOffset published, DateTimeOffset updated) =>
        new() { Slug = slug, Title = slug, BodyHtml = "<p>B</p>", Published = published, Updated = updated };

    private static readonly Article[] Extremes =
    [
        Dated("min", DateTimeOffset.MinValue, DateTimeOffset.MinValue),
        Dated("min-east", new DateTimeOffset(DateTime.MinValue.AddHours(14), TimeSpan.FromHours(14)), new DateTimeOffset(DateTime.MinValue.AddHours(14), TimeSpan.FromHours(14))),
        Dated("epoch", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch),
        Dated("nepal", new DateTimeOffset(2020, 2, 29, 0, 0, 0, TimeSpan.FromMinutes(345)), new DateTimeOffset(2020, 2, 29, 0, 0, 0, TimeSpan.FromMinutes(345))),
        Dated("max", DateTimeOffset.MaxValue.AddDays(-1), DateTimeOffset.MaxValue),
        Dated("max-west", new DateTimeOffset(DateTime.MaxValue.AddHours(-14).AddDays(-1), TimeSpan.FromHours(-12)), new DateTimeOffset(DateTime.MaxValue.AddHours(-14), TimeSpan.FromHours(-14))),
    ];

    [Fact]
    public void Atom_WritesDatesOfYearOneAsTheyAreNotAsTheCurrentTime()
    {
        var atom = Published.Of(Feed, [Extremes[0]], DateTimeOffset.UnixEpoch).AtomXml;
        Assert.All(atom.Descendants(Atom + "updated").Concat(atom.Descendants(Atom + "published")), d => Assert.Equal("0001-01-01T00:00:00Z", d.Value));
        Assert.Single(atom.Descendants(Atom + "published"));
    }

    [Fact]
    public void EveryFormat_IsTheSameBytes_WhenBuiltAgainASecondLaterAtAnotherTime()
    {
        var sets = Extremes.Select(a => new[] { a }).Append(Extremes).ToList();
        var first = sets.Select(articles => Published.Of(Feed, articles, DateTimeOffset.MaxValue)).ToList();
        Thread.Sleep(1100);
        var second = sets.Select(articles => Published.Of(Feed, articles, DateTimeOffset.MaxValue.AddHours(-1))).ToList();
        for (var i = 0; i < sets.Count; i++)
        {
            Assert.Equal(first[i].Atom, second[i].Atom);
            Assert.Equal(first[i].Rss, second[i].Rss);
            Assert.Equal(first[i].Json, second[i].Json);
            Assert.Equal(first[i].Html, second[i].Html);
            Assert.NotEmpty(first[i].Texts());
        }
    }
}
