using System.Xml.Linq;
using Syndication.Core.Building;
using Syndication.Core.Channels;
using Syndication.Core.Model;
using Syndication.Core.Rendering;
using Syndication.Core.Tests.Rendering;

namespace Syndication.Core.Tests.Building;

/// <summary>
/// The pure function every run goes through: (channel, entries, previous state) in, every document's bytes and the next
/// state out. Checked against documents written by hand (paging and an archive page), and for what a second run does.
/// </summary>
public sealed class ChannelPlannerTests
{
    private static readonly string Folder = FeedFolder.InOutput("Fixtures", "golden", "news");
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly FeedBuilder Builder = new(new PublicUrls(FeedFolder.BaseUrl));

    private static (FeedChannel Channel, List<Article> Articles) Paged()
    {
        var (feed, articles, _) = FeedFolder.Read(Folder);
        return (new FeedChannel(feed with { Limit = 1 }), articles);
    }

    private static ChannelPlan Plan(FeedChannel channel, IReadOnlyList<Article> articles, ChannelState state) =>
        ChannelPlanner.Plan(Builder, FeedFormat.All, channel, Builder.Entries(channel.Feed, articles, Now), state, Now, TimeSpan.FromDays(30))
        ?? throw new InvalidOperationException("nothing planned");

    private static void AssertSameXml(string expectedFile, byte[] actual)
    {
        var expected = XDocument.Load(FeedFolder.InOutput("Fixtures", "golden", expectedFile));
        using var stream = new MemoryStream(actual);
        Assert.Equal(XmlCanonical.Of(expected.Root!), XmlCanonical.Of(XDocument.Load(stream).Root!));
    }

    private static byte[] Atom(PlannedFormats formats) => formats.Formats.Single(f => f.Extension == "atom").Bytes;

    [Fact]
    public void FirstPlan_PagesTheFeedAsWrittenByHand_IntoASubscriptionDocumentAndArchivePageOne()
    {
        var (channel, articles) = Paged();
        var plan = Plan(channel, articles, ChannelState.Empty);

        AssertSameXml("news.paged.expected.atom", Atom(plan.Formats));
        var (number, page) = Assert.Single(plan.ArchivePages);
        Assert.Equal(1, number);
        AssertSameXml("news.archive-1.expected.atom", Atom(page()));
        Assert.Equal(["atom", "rss", "json"], plan.Formats.Formats.Select(f => f.Extension));
        Assert.Equal(["first-post", "plain-note"], plan.ChangedPages.Select(p => p.Slug).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SecondPlan_FromTheStateTheFirstLeft_HasNothingToDo()
    {
        var (channel, articles) = Paged();
        var first = Plan(channel, articles, ChannelState.Empty);

        Assert.Null(ChannelPlanner.Plan(Builder, FeedFormat.All, channel, Builder.Entries(channel.Feed, articles, Now), first.Next, Now, TimeSpan.FromDays(30)));
    }

    [Fact]
    public void NewArticle_FillsTheNextArchivePage_LeavesPageOneAlone_AndRendersOnlyItsOwnPage()
    {
        var (channel, articles) = Paged();
        var first = Plan(channel, articles, ChannelState.Empty);
        var newer = FeedFolder.ParseArticle("---\ntitle: Newer\ndate: 2024-04-01T08:00:00Z\n---\nNewer body.\n", "news/newer.md").Article!;

        var second = Plan(channel, [.. articles, newer], first.Next);

        Assert.Equal([2], second.ArchivePages.Select(p => p.Number));
        Assert.Equal(["A plain note"], ArchiveTitles(second.ArchivePages[0].Render()));
        Assert.Equal(["Newer"], second.Subscription.Entries.Select(e => e.Article.Title));
        Assert.Equal(["newer"], second.ChangedPages.Select(p => p.Slug));
        Assert.Equal(2, second.Next.Archives.Count);
        Assert.Equal(first.Next.Archives[0], second.Next.Archives[0]);
    }

    [Fact]
    public void ArchivedEntryEdited_ReturnsToTheSubscriptionDocument_AndItsPageIsRenderedAgain()
    {
        var (channel, articles) = Paged();
        var first = Plan(channel, articles, ChannelState.Empty);
        var edited = articles.Select(a => a.Slug == "first-post" ? a with { Title = "First post, corrected" } : a).ToList();

        var second = Plan(channel, edited, first.Next);

        Assert.Empty(second.ArchivePages);
        Assert.Equal(["A plain note", "First post, corrected"], second.Subscription.Entries.Select(e => e.Article.Title).Order(StringComparer.Ordinal));
        Assert.Equal(["first-post"], second.ChangedPages.Select(p => p.Slug));
    }

    private static List<string> ArchiveTitles(PlannedFormats page)
    {
        using var stream = new MemoryStream(Atom(page));
        return [.. XDocument.Load(stream).Descendants(XName.Get("title", "http://www.w3.org/2005/Atom")).Where(t => t.Parent!.Name.LocalName == "entry").Select(t => t.Value)];
    }
}
