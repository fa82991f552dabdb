using System.Text;
using System.Xml.Linq;
using CodeHollow.FeedReader;
using Syndication.Core.Building;
using Syndication.Core.Channels;
using Syndication.Core.Model;
using Syndication.Core.Rendering;

namespace Syndication.Core.Tests.Building;

/// <summary>
/// RFC 6721 through the planner: an entry gone from a channel leaves an at:deleted-entry in every Atom document that
/// carried it (the subscription document, and the archive page it was frozen in) until it is <see cref="Life"/> old.
/// Documents are read back as XML (and with CodeHollow, which shows entries only).
/// </summary>
public sealed class TombstoneTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace At = "http://purl.org/atompub/tombstones/1.0";
    private static readonly DateTimeOffset Start = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Life = TimeSpan.FromDays(30);
    private static readonly FeedBuilder Builder = new(new PublicUrls(FeedFolder.BaseUrl));
    private static readonly FeedChannel News = new(new FeedDefinition { Name = "news", Title = "News", Description = "D", Limit = 10 });

    internal static Article Article(string slug, int day, params string[] tags) => new()
    {
        Slug = slug, Title = $"Title {slug}", BodyHtml = "<p>x</p>", Published = Start.AddDays(day - 100), Updated = Start.AddDays(day - 100), Tags = tags,
    };

    /// <summary>The entries of the news feed, as a tag channel gets them too: the feed's, filtered.</summary>
    internal static IReadOnlyList<FeedEntry> Entries(IEnumerable<Article> articles) => Builder.Entries(News.Feed, [.. articles], Start.AddYears(1));

    internal static ChannelPlan? Plan(Channel channel, IEnumerable<Article> articles, ChannelState state, DateTimeOffset now, TimeSpan? life = null) =>
        ChannelPlanner.Plan(Builder, FeedFormat.All, channel, Entries(articles), state, now, life ?? Life);

    private static ChannelPlan Planned(Channel channel, IEnumerable<Article> articles, ChannelState state, DateTimeOffset now, TimeSpan? life = null) =>
        Plan(channel, articles, state, now, life) ?? throw new InvalidOperationException("nothing planned");

    internal static byte[] Bytes(PlannedFormats formats, string extension) => formats.Formats.Single(f => f.Extension == extension).Bytes;

    internal static XElement AtomOf(PlannedFormats formats)
    {
        using var stream = new MemoryStream(Bytes(formats, "atom"));
        return XDocument.Load(stream).Root!;
    }

    internal static List<string> EntryIdsOf(XElement feed) => [.. feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value)];

    internal static List<(string Ref, string When, string? Link)> DeletedEntries(XElement feed) =>
        [.. feed.Elements(At + "deleted-entry").Select(d => ((string)d.Attribute("ref")!, (string)d.Attribute("when")!, (string?)d.Element(Atom + "link")?.Attribute("href")))];

    internal static string IdOf(string slug) => Syndication.Core.Building.EntryIds.ForArticle("news", slug);

    [Fact]
    public void DeletedArticle_LeavesTheAtomDocumentForATombstoneWithItsIdTimeAndFormerLink_RssAndJsonJustDropIt()
    {
        var first = Planned(News, [Article("kept", 1), Article("gone", 2)], ChannelState.Empty, Start);
        var deletedAt = Start.AddHours(5).AddMilliseconds(700);

        var second = Planned(News, [Article("kept", 1)], first.Next, deletedAt);

        var atom = AtomOf(second.Formats);
        Assert.Equal(["Title kept"], FeedReader.ReadFromByteArray(Bytes(second.Formats, "atom")).Items.Select(i => i.Title));
        Assert.Equal([(IdOf("gone"), "2030-01-01T05:00:00Z", "https://feeds.example.org/feeds/news/gone")], DeletedEntries(atom));
        Assert.Equal("This entry was removed by the publisher.", atom.Element(At + "deleted-entry")!.Element(At + "comment")!.Value);
        Assert.Equal(At.NamespaceName, atom.GetNamespaceOfPrefix("at")?.NamespaceName);
        Assert.Equal("2030-01-01T05:00:00Z", atom.Element(Atom + "updated")!.Value);
        Assert.DoesNotContain(IdOf("gone"), Encoding.UTF8.GetString(Bytes(second.Formats, "rss")), StringComparison.Ordinal);
        Assert.DoesNotContain(IdOf("gone"), Encoding.UTF8.GetString(Bytes(second.Formats, "json")), StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleThatComesBack_LosesItsTombstone()
    {
        var first = Planned(News, [Article("kept", 1), Article("back", 2)], ChannelState.Empty, Start);
        var second = Planned(News, [Article("kept", 1)], first.Next, Start.AddDays(1));

        var third = Planned(News, [Article("kept", 1), Article("back", 2)], second.Next, Start.AddDays(2));

        Assert.Empty(DeletedEntries(AtomOf(third.Formats)));
        Assert.Contains(IdOf("back"), EntryIdsOf(AtomOf(third.Formats)));
        Assert.Empty(third.Next.Tombstones);
    }

    [Fact]
    public void Tombstone_StaysUntilItsLifeIsOver_ThenTheDocumentIsPublishedWithoutIt()
    {
        var first = Planned(News, [Article("kept", 1), Article("gone", 2)], ChannelState.Empty, Start);
        var deleted = Planned(News, [Article("kept", 1)], first.Next, Start.AddDays(1));
        Assert.Equal(Start.AddDays(1) + Life, Deletions.FirstExpiry(deleted.Next.Tombstones, Life));

        Assert.Null(Plan(News, [Article("kept", 1)], deleted.Next, Start.AddDays(1) + Life - TimeSpan.FromSeconds(1)));
        var expired = Planned(News, [Article("kept", 1)], deleted.Next, Start.AddDays(1) + Life);

        Assert.Empty(DeletedEntries(AtomOf(expired.Formats)));
        Assert.Equal([IdOf("kept")], EntryIdsOf(AtomOf(expired.Formats)));
        Assert.Null(Deletions.FirstExpiry(expired.Next.Tombstones, Life));
        Assert.Null(Plan(News, [Article("kept", 1)], expired.Next, Start.AddDays(400)));
    }

    [Fact]
    public void ArchivedArticleDeleted_ItsArchivePageIsWrittenAgainWithTheTombstone_AndAgainWithoutItOnceExpired()
    {
        var paged = new FeedChannel(News.Feed with { Limit = 1 });
        var articles = new[] { Article("oldest", 1), Article("newest", 2) };
        var first = Planned(paged, articles, ChannelState.Empty, Start);
        var (number, page) = Assert.Single(first.ArchivePages);
        Assert.Equal([IdOf("oldest")], EntryIdsOf(AtomOf(page())));

        var deleted = Planned(paged, articles.Skip(1), first.Next, Start.AddDays(1));

        var (rewritten, render) = Assert.Single(deleted.ArchivePages);
        Assert.Equal(number, rewritten);
        var archive = AtomOf(render());
        Assert.Empty(EntryIdsOf(archive));
        Assert.Equal([IdOf("oldest")], DeletedEntries(archive).Select(d => d.Ref));
        Assert.NotNull(archive.Element(XName.Get("archive", "http://purl.org/syndication/history/1.0")));
        Assert.Equal([IdOf("oldest")], DeletedEntries(AtomOf(deleted.Formats)).Select(d => d.Ref));

        var expired = Planned(paged, articles.Skip(1), deleted.Next, Start.AddDays(1) + Life);

        var (again, renderAgain) = Assert.Single(expired.ArchivePages);
        Assert.Equal(number, again);
        Assert.Empty(DeletedEntries(AtomOf(renderAgain())));
        Assert.Empty(DeletedEntries(AtomOf(expired.Formats)));
    }

    [Fact]
    public void ArticleLosingATag_LeavesATombstoneInTheTagChannel_NotInTheFeed()
    {
        var tag = new TagChannel(News.Feed, "rust");
        var before = new[] { Article("a", 1, "rust"), Article("b", 2, "rust") };
        var after = new[] { Article("a", 1, "rust"), Article("b", 2) };
        var tagFirst = Planned(tag, before.Where(a => a.Tags.Contains("rust")), ChannelState.Empty, Start);
        var feedFirst = Planned(News, before, ChannelState.Empty, Start);

        var tagSecond = Planned(tag, after.Where(a => a.Tags.Contains("rust")), tagFirst.Next, Start.AddDays(1));
        var feedSecond = Planned(News, after, feedFirst.Next, Start.AddDays(1));

        Assert.Equal([IdOf("b")], DeletedEntries(AtomOf(tagSecond.Formats)).Select(d => d.Ref));
        Assert.Empty(DeletedEntries(AtomOf(feedSecond.Formats)));
    }

    [Fact]
    public void TombstoneLifeZero_PublishesNoTombstone_AndLeavesArchivePagesAsTheyWere()
    {
        var paged = new FeedChannel(News.Feed with { Limit = 1 });
        var articles = new[] { Article("oldest", 1), Article("middle", 2), Article("newest", 3) };
        var first = Planned(paged, articles, ChannelState.Empty, Start, TimeSpan.Zero);

        var second = Planned(paged, articles.Skip(1).Take(1), first.Next, Start.AddDays(1), TimeSpan.Zero);

        Assert.Empty(DeletedEntries(AtomOf(second.Formats)));
        Assert.Empty(second.ArchivePages);
        Assert.Equal(first.Next.Archives, second.Next.Archives);
    }

    [Fact]
    public void StateFromBeforeTombstones_IsPlannedOnceToRecordWhatTheChannelCarries_ThenDeletionsShow()
    {
        var articles = new[] { Article("kept", 1), Article("gone", 2) };
        var first = Planned(News, articles, ChannelState.Empty, Start);
        var older = first.Next with { Carried = null, Tombstones = [] };

        var recorded = Planned(News, articles, older, Start.AddDays(1));
        var deleted = Planned(News, articles.Take(1), recorded.Next, Start.AddDays(2));

        Assert.Empty(DeletedEntries(AtomOf(recorded.Formats)));
        Assert.Equal([IdOf("gone")], DeletedEntries(AtomOf(deleted.Formats)).Select(d => d.Ref));
    }

    [Fact]
    public void Delta_CarriesTheTombstonesTheClientsVersionDidNotCarry_AllOfThemFromAVersionThatDoesNotSay()
    {
        var paged = new FeedChannel(News.Feed with { Limit = 1 });
        var first = Planned(paged, [Article("archived", 1), Article("a", 2), Article("b", 3)], ChannelState.Empty, Start);
        var second = Planned(paged, [Article("b", 3)], first.Next, Start.AddDays(1));
        var third = Planned(paged, [], second.Next, Start.AddDays(2));
        Assert.Contains(IdOf("archived"), EntryIdsOf(AtomOf(first.ArchivePages[0].Render())));
        Assert.DoesNotContain(IdOf("archived"), EntryStamp.All(first.Subscription).Keys);

        var sinceSecond = EntryStamp.Delta(third.Subscription, EntryStamp.All(second.Subscription), EntryStamp.Deleted(second.Subscription));
        var sinceFirst = EntryStamp.Delta(third.Subscription, EntryStamp.All(first.Subscription), EntryStamp.Deleted(first.Subscription));
        var sinceUnknown = EntryStamp.Delta(third.Subscription, EntryStamp.All(second.Subscription));

        Assert.Equal([IdOf("b")], sinceSecond.Tombstones.Select(t => t.Id));
        Assert.Equal(new[] { IdOf("a"), IdOf("archived"), IdOf("b") }.Order(StringComparer.Ordinal), sinceFirst.Tombstones.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.Equal(3, sinceUnknown.Tombstones.Count);
        Assert.Equal([IdOf("b")], DeletedEntries(XDocument.Parse(Encoding.UTF8.GetString(AtomWriter.Write(sinceSecond))).Root!).Select(d => d.Ref));
    }
}
