using System.Xml.Linq;
using AngleSharp.Html.Parser;
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
    public void NewArticle_FillsTheNextArchivePage_LeavesPageOneAlone_AndRendersItsOwnPageAndThePreviousNewest()
    {
        var (channel, articles) = Paged();
        var first = Plan(channel, articles, ChannelState.Empty);
        var newer = FeedFolder.ParseArticle("---\ntitle: Newer\ndate: 2024-04-01T08:00:00Z\n---\nNewer body.\n", "news/newer.md").Article!;

        var second = Plan(channel, [.. articles, newer], first.Next);

        Assert.Equal([2], second.ArchivePages.Select(p => p.Number));
        Assert.Equal(["A plain note"], ArchiveTitles(second.ArchivePages[0].Render()));
        Assert.Equal(["Newer"], second.Subscription.Entries.Select(e => e.Article.Title));
        // The previous newest article now links the new one as its newer neighbour; no other page changes.
        Assert.Equal(["newer", "plain-note"], second.ChangedPages.Select(p => p.Slug));
        Assert.Equal(2, second.Next.Archives.Count);
        Assert.Equal(first.Next.Archives[0], second.Next.Archives[0]);
    }

    [Fact]
    public void ArchivedEntryEdited_ReturnsToTheSubscriptionDocument_AndItsPageAndItsNeighboursAreRenderedAgain()
    {
        var (channel, articles) = Paged();
        var first = Plan(channel, articles, ChannelState.Empty);
        var edited = articles.Select(a => a.Slug == "first-post" ? a with { Title = "First post, corrected" } : a).ToList();

        var second = Plan(channel, edited, first.Next);

        Assert.Empty(second.ArchivePages);
        Assert.Equal(["A plain note", "First post, corrected"], second.Subscription.Entries.Select(e => e.Article.Title).Order(StringComparer.Ordinal));
        // plain-note shows the title of its older neighbour, first-post.
        Assert.Equal(["first-post", "plain-note"], second.ChangedPages.Select(p => p.Slug).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ArticleBetweenTwoOthers_RendersItsPageAndBothNeighbours_AndNothingElse()
    {
        var (channel, articles) = Paged();
        var earlier = FeedFolder.ParseArticle("---\ntitle: Earliest\ndate: 2023-06-01T08:00:00Z\n---\nBody.\n", "news/earliest.md").Article!;
        var first = Plan(channel, [.. articles, earlier], ChannelState.Empty);
        var between = FeedFolder.ParseArticle("---\ntitle: Between\ndate: 2024-02-20T08:00:00Z\n---\nBody.\n", "news/between.md").Article!;

        var second = Plan(channel, [.. articles, earlier, between], first.Next);

        // Between sits after first-post (January) and before plain-note (March); "earliest" keeps its neighbour.
        Assert.Equal(["between", "first-post", "plain-note"], second.ChangedPages.Select(p => p.Slug).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FeedAndTermChannels_HaveAPage_TheCombinedFeedHasNone()
    {
        var (channel, articles) = Paged();
        var entries = Builder.Entries(channel.Feed, articles, Now);
        var tag = new TagChannel(channel.Feed, "intro");
        var site = new SiteChannel("Site", "Everything");

        var feedPage = ChannelPlanner.Plan(Builder, FeedFormat.All, channel, entries, ChannelState.Empty, Now, TimeSpan.FromDays(30))!.Listing;
        var tagPage = ChannelPlanner.Plan(Builder, FeedFormat.All, tag, [.. entries.Where(e => e.Article.Tags.Contains("intro"))], ChannelState.Empty, Now, TimeSpan.FromDays(30))!.Listing;

        Assert.Equal("Example News", Heading(Assert.IsType<Func<byte[]>>(feedPage)()));
        Assert.Equal("Example News: intro", Heading(Assert.IsType<Func<byte[]>>(tagPage)()));
        Assert.Null(ChannelPlanner.Plan(Builder, FeedFormat.All, site, entries, ChannelState.Empty, Now, TimeSpan.FromDays(30))!.Listing);
    }

    private static string Heading(byte[] page) => new HtmlParser().ParseDocument(new MemoryStream(page)).QuerySelector("h1")!.TextContent;

    private static List<string> ArchiveTitles(PlannedFormats page)
    {
        using var stream = new MemoryStream(Atom(page));
        return [.. XDocument.Load(stream).Descendants(XName.Get("title", "http://www.w3.org/2005/Atom")).Where(t => t.Parent!.Name.LocalName == "entry").Select(t => t.Value)];
    }
}
