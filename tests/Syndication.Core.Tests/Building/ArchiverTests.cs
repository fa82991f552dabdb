using Syndication.Core.Building;
using Syndication.Core.Model;

namespace Syndication.Core.Tests.Building;

public sealed class ArchiverTests
{
    private static readonly FeedDefinition Feed = new() { Name = "news", Title = "News", Description = "D", Limit = 3 };
    private static readonly FeedBuilder Builder = new(new PublicUrls(FeedFolder.BaseUrl));
    private static readonly DateTimeOffset Day = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static List<Article> Articles(int count) =>
        Enumerable.Range(1, count).Select(i => new Article { Slug = $"a{i:00}", Title = $"A{i}", BodyHtml = "<p>x</p>", Published = Day.AddDays(i), Updated = Day.AddDays(i) }).ToList();

    private static IReadOnlyList<FeedEntry> Entries(List<Article> articles) => Builder.Entries(Feed, articles, Day.AddYears(1));

    private static IReadOnlyDictionary<string, string> Stamps(IEnumerable<FeedEntry> page) => page.ToDictionary(e => e.Id, EntryStamp.Of);

    [Fact]
    public void FeedThatFits_ArchivesNothing()
    {
        var plan = Archiver.Plan(Entries(Articles(5)), [], Feed.Limit);
        Assert.Empty(plan.NewPages);
        Assert.Equal(5, plan.Subscription.Count);
    }

    [Fact]
    public void OldEntries_AreFrozenInFullPagesOldestFirst()
    {
        var plan = Archiver.Plan(Entries(Articles(10)), [], Feed.Limit);
        Assert.Equal([["a03", "a02", "a01"], ["a06", "a05", "a04"]], plan.NewPages.Select(p => p.Select(e => e.Article.Slug).ToArray()).ToArray());
        Assert.Equal(["a10", "a09", "a08", "a07"], plan.Subscription.Select(e => e.Article.Slug));
    }

    [Fact]
    public void EveryEntry_IsInExactlyOnePlaceAfterManyRuns()
    {
        var archived = new List<IReadOnlyDictionary<string, string>>();
        var articles = new List<Article>();
        IReadOnlyList<FeedEntry> subscription = [];
        foreach (var batch in new[] { 2, 1, 4, 3, 1, 7 })
        {
            var start = articles.Count;
            articles.AddRange(Articles(start + batch).Skip(start));
            var plan = Archiver.Plan(Entries(articles), archived, Feed.Limit);
            archived.AddRange(plan.NewPages.Select(Stamps));
            subscription = plan.Subscription;
            Assert.InRange(subscription.Count, Math.Min(articles.Count, Feed.Limit), (2 * Feed.Limit) - 1);
        }

        var seen = archived.SelectMany(p => p.Keys).Concat(subscription.Select(e => e.Id)).ToList();
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(Entries(articles).Select(e => e.Id).Order(), seen.Order());
        Assert.All(archived, page => Assert.Equal(Feed.Limit, page.Count));
    }

    [Fact]
    public void EditedArchivedEntry_ReappearsInTheSubscriptionDocument()
    {
        var articles = Articles(10);
        var archived = Archiver.Plan(Entries(articles), [], Feed.Limit).NewPages.Select(Stamps).ToList();
        articles[0] = articles[0] with { Title = "A1, corrected", Updated = Day.AddDays(30) };
        var plan = Archiver.Plan(Entries(articles), archived, Feed.Limit);
        Assert.Empty(plan.NewPages);
        Assert.Contains(plan.Subscription, e => e.Article.Title == "A1, corrected");
    }

    [Fact]
    public void ArchivePages_LinkBothWaysAndToTheSubscription()
    {
        var page = Builder.Document(Feed, [], FeedPage.Archive(2));
        Assert.Equal(
            [("current", "https://feeds.example.org/feeds/news.atom"), ("prev-archive", "https://feeds.example.org/feeds/news/archive/1.atom"), ("next-archive", "https://feeds.example.org/feeds/news/archive/3.atom")],
            page.HistoryLinks("atom").Select(l => (l.Rel, l.Href.AbsoluteUri)));
        Assert.Equal(new Uri("https://feeds.example.org/feeds/news/archive/2.rss"), page.Self("rss"));
        Assert.DoesNotContain(Builder.Document(Feed, [], FeedPage.Archive(1)).HistoryLinks("atom"), l => l.Rel == "prev-archive");
    }
}
