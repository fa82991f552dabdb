using System.Text;
using System.Text.Json;
using CodeHollow.FeedReader;
using Syndication.Core.Building;
using Syndication.Core.Channels;
using Syndication.Core.Model;
using Syndication.Core.Rendering;

namespace Syndication.Core.Tests.Channels;

/// <summary>The channels a catalog publishes, with their documents read back by CodeHollow.FeedReader and System.Text.Json.</summary>
public sealed class CatalogChannelTests
{
    private static readonly DateTimeOffset Day = new(2024, 3, 1, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset Now = Day.AddYears(1);
    private static readonly FeedBuilder Builder = new(new PublicUrls(FeedFolder.BaseUrl));
    private static readonly SiteChannel Site = new("All of it", "Every feed", limit: 3);
    private static readonly FeedDefinition News = new() { Name = "news", Title = "News", Description = "N", Limit = 2 };
    private static readonly FeedDefinition Notes = new() { Name = "notes", Title = "Notes", Description = "M" };

    internal static Article Post(string feed, string slug, int day, string[]? tags = null, string[]? categories = null, bool draft = false) => new()
    {
        Slug = slug, Title = $"{feed} {slug}", BodyHtml = $"<p>{slug} <a href=\"rel\">link</a></p>", Published = Day.AddDays(day), Updated = Day.AddDays(day),
        Tags = tags ?? [], Categories = categories ?? [], Draft = draft, File = $"{feed}/{slug}.md",
    };

    private static ChannelSet Channels(params CatalogFeed[] feeds) => new Catalog(feeds).Channels(Builder, Site, Now);

    private static ChannelEntries Find(ChannelSet set, string name) => Assert.Single(set.Channels, c => c.Channel.Name == name);

    private static Feed Read(byte[] bytes) => FeedReader.ReadFromString(Encoding.UTF8.GetString(bytes));

    [Fact]
    public void AnEntry_HasTheSameIdLinkAndContentInItsFeedTagCategoryAndCombinedDocuments()
    {
        var set = Channels(
            new CatalogFeed(News, [Post("news", "release", 1, tags: ["Rust"], categories: ["Release notes"]), Post("news", "other", 2)]),
            new CatalogFeed(Notes, [Post("notes", "note", 3, tags: ["Rust"])]));
        string[] names = ["news", "news/tags/rust", "news/categories/release-notes", "~site"];
        var documents = names.Select(name => Builder.Build(Find(set, name).Channel, Find(set, name).Entries)).ToList();

        var seen = new List<(string Id, string Link, string Content)>();
        foreach (var document in documents)
        {
            foreach (var bytes in new[] { AtomWriter.Write(document), RssWriter.Write(document) })
            {
                var item = Assert.Single(Read(bytes).Items, i => i.Title == "news release");
                seen.Add((item.Id, item.Link, item.Content));
            }

            using var json = JsonDocument.Parse(JsonFeedWriter.Write(document));
            var jsonItem = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "news release");
            seen.Add((jsonItem.GetProperty("id").GetString()!, jsonItem.GetProperty("url").GetString()!, jsonItem.GetProperty("content_html").GetString()!));
        }

        Assert.Equal(12, seen.Count);
        // python3 -c "import uuid; print(uuid.uuid5(uuid.UUID('5d1c8c51-3c5f-4a43-9d0b-6f1f0b9a4e27'), 'entry/news/release'))"
        Assert.All(seen, s => Assert.Equal(("urn:uuid:cef9d4aa-5490-5f9c-850f-5768076c8dd2", "https://feeds.example.org/feeds/news/release"), (s.Id, s.Link)));
        Assert.Single(seen.Select(s => s.Content).Distinct());
        Assert.Contains("https://feeds.example.org/feeds/news/rel", seen[0].Content, StringComparison.Ordinal);
        Assert.Equal(documents.Count, documents.Select(d => Read(AtomWriter.Write(d)).Link + d.Id).Distinct().Count());
    }

    [Fact]
    public void CombinedFeed_IsEveryFeedsEntriesNewestFirstUpToTheSiteLimit()
    {
        var set = Channels(
            new CatalogFeed(News, [Post("news", "a", 1), Post("news", "c", 3), Post("news", "e", 5)]),
            new CatalogFeed(Notes, [Post("notes", "b", 2), Post("notes", "d", 4), Post("notes", "x", 9, draft: true)]));
        var site = Find(set, "~site");
        Assert.Equal(["news e", "notes d", "news c", "notes b", "news a"], site.Entries.Select(e => e.Article.Title));

        var document = Builder.Build(site.Channel, site.Entries);
        foreach (var bytes in new[] { AtomWriter.Write(document), RssWriter.Write(document) })
        {
            var feed = Read(bytes);
            Assert.Equal("All of it", feed.Title);
            Assert.Equal(["news e", "notes d", "news c"], feed.Items.Select(i => i.Title));
        }
    }

    [Fact]
    public void CombinedFeed_SameTimeInTwoFeeds_IsOrderedByFeedThenSlugWhateverTheCatalogOrder()
    {
        CatalogFeed[] feeds = [new(Notes, [Post("notes", "b", 1), Post("notes", "a", 1)]), new(News, [Post("news", "z", 1)])];
        var forwards = Find(Channels(feeds), "~site").Entries.Select(e => e.Article.Title);
        var backwards = Find(Channels([.. feeds.Reverse()]), "~site").Entries.Select(e => e.Article.Title);
        Assert.Equal(["news z", "notes a", "notes b"], forwards);
        Assert.Equal(forwards, backwards);
    }

    [Fact]
    public void TagsOfDraftsAndFutureArticles_MakeNoChannelUntilTheyArePublished()
    {
        var feed = new CatalogFeed(News, [Post("news", "draft", 1, tags: ["secret"], draft: true), Post("news", "later", 400, tags: ["soon"]), Post("news", "now", 1, tags: ["open"])]);
        var names = Channels(feed).Channels.Select(c => c.Channel.Name).ToList();
        Assert.Equal(["news", "news/tags/open", "~site"], names);
        var later = new Catalog([feed]).Channels(Builder, Site, Day.AddDays(400));
        Assert.Contains(later.Channels, c => c.Channel.Name == "news/tags/soon");
    }

    [Fact]
    public void TagAndCategoryChannels_CarryOnlyTheirOwnKindOfTerm()
    {
        var set = Channels(new CatalogFeed(News, [Post("news", "tagged", 1, tags: ["Go"]), Post("news", "filed", 2, categories: ["Go"])]));
        Assert.Equal(["news tagged"], Find(set, "news/tags/go").Entries.Select(e => e.Article.Title));
        Assert.Equal(["news filed"], Find(set, "news/categories/go").Entries.Select(e => e.Article.Title));
        Assert.Empty(set.Problems);
    }

    [Fact]
    public void TagChannelArchives_LinkTheirOwnPagesInEveryFormat()
    {
        var posts = Enumerable.Range(1, 7).Select(i => Post("news", $"p{i}", i, tags: ["Rust"])).ToList();
        var rust = Find(Channels(new CatalogFeed(News, posts)), "news/tags/rust");
        var plan = Archiver.Plan(rust.Entries, [], rust.Channel.Definition.Limit);
        Assert.Equal(2, plan.NewPages.Count);

        var subscription = Builder.Document(rust.Channel, plan.Subscription, FeedPage.Subscription(plan.NewPages.Count));
        var archive = Builder.Document(rust.Channel, plan.NewPages[1], FeedPage.Archive(2));
        var tags = "https://feeds.example.org/feeds/news/tags/";
        Assert.Equal(
            [("self", tags + "rust.atom"), ("prev-archive", tags + "rust/archive/2.atom")],
            AtomLinks(AtomWriter.Write(subscription)).Where(l => l.Rel is "self" or "prev-archive" or "next-archive" or "current"));
        Assert.Equal(
            [("self", tags + "rust/archive/2.atom"), ("current", tags + "rust.atom"), ("prev-archive", tags + "rust/archive/1.atom"), ("next-archive", tags + "rust/archive/3.atom")],
            AtomLinks(AtomWriter.Write(archive)).Where(l => l.Rel is "self" or "prev-archive" or "next-archive" or "current"));
        Assert.Equal(["news p4", "news p3"], Read(AtomWriter.Write(archive)).Items.Select(i => i.Title));
        Assert.Contains(("prev-archive", tags + "rust/archive/2.rss"), AtomLinks(RssWriter.Write(subscription)));
        using var json = JsonDocument.Parse(JsonFeedWriter.Write(subscription));
        Assert.Equal(tags + "rust/archive/2.json", json.RootElement.GetProperty("next_url").GetString());
        Assert.Equal(tags + "rust.json", json.RootElement.GetProperty("feed_url").GetString());
    }

    [Fact]
    public void SiteChannelWithoutEntries_IsUpdatedWhenTheNewestFeedWasDefined()
    {
        var defined = new DateTimeOffset(2023, 5, 6, 7, 8, 9, TimeSpan.Zero);
        var site = Find(Channels(new CatalogFeed(News with { DefinedAt = defined }, []), new CatalogFeed(Notes, [])), "~site");
        Assert.Equal(defined, Builder.Build(site.Channel, site.Entries).Updated);
    }

    /// <summary>Every atom:link of a document (Atom, or RSS carrying them in the Atom namespace), read with System.Xml.</summary>
    internal static IEnumerable<(string Rel, string Href)> AtomLinks(byte[] document) =>
        System.Xml.Linq.XDocument.Parse(Encoding.UTF8.GetString(document)).Descendants(System.Xml.Linq.XName.Get("link", "http://www.w3.org/2005/Atom"))
            .Where(l => l.Parent!.Name.LocalName is "feed" or "channel")
            .Select(l => ((string?)l.Attribute("rel") ?? "alternate", (string)l.Attribute("href")!));
}
