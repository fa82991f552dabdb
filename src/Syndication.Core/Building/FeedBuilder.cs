using System.Runtime.CompilerServices;
using Syndication.Core.Channels;
using Syndication.Core.Model;

namespace Syndication.Core.Building;

/// <summary>Decides what a feed publishes: a pure function of the feed, its articles and the time.</summary>
public sealed class FeedBuilder(PublicUrls urls, IReadOnlyList<Uri>? hubs = null)
{
    /// <summary>Where every URL of the documents points.</summary>
    public PublicUrls Urls => urls;

    /// <summary>The WebSub hubs every document advertises.</summary>
    public IReadOnlyList<Uri> Hubs { get; } = hubs ?? [];

    /// <summary>Drafts and articles dated after <paramref name="now"/> wait; the rest go newest first, up to the feed's limit.</summary>
    public FeedDocument Build(FeedDefinition feed, IReadOnlyList<Article> articles, DateTimeOffset now)
    {
        return Build(new FeedChannel(feed), Entries(feed, articles, now));
    }

    /// <summary>A channel's subscription document without archives: the newest entries up to the channel's limit, complete when that is all of them.</summary>
    /// <param name="channel">The channel the document publishes.</param>
    /// <param name="entries">Every published entry of the channel, newest first.</param>
    public FeedDocument Build(Channel channel, IReadOnlyList<FeedEntry> entries)
    {
        var limit = channel.Definition.Limit;
        var page = entries.Count <= limit ? FeedPage.Subscription(archives: 0) : FeedPage.Unknown;
        return Document(channel, entries.Take(limit).ToList(), page);
    }

    /// <summary>Every entry published at <paramref name="now"/> (no drafts, nothing dated later), newest first.</summary>
    public IReadOnlyList<FeedEntry> Entries(FeedDefinition feed, IReadOnlyList<Article> articles, DateTimeOffset now) =>
        articles
            .Where(a => !a.Draft && a.Published <= now)
            .OrderByDescending(a => a.Published)
            .ThenBy(a => a.Slug, StringComparer.Ordinal)
            .Select(a => Entry(feed, a))
            .ToList();

    /// <summary>A document of the given entries at a place in the feed's archives; its update time comes from the entries.</summary>
    public FeedDocument Document(FeedDefinition feed, IReadOnlyList<FeedEntry> entries, FeedPage page) => Document(new FeedChannel(feed), entries, page);

    /// <summary>A document of the given entries at a place in the channel's archives; its update time comes from the entries.</summary>
    public FeedDocument Document(Channel channel, IReadOnlyList<FeedEntry> entries, FeedPage page)
    {
        // No entries, no content time: when feed.yaml changed is the next best thing that stays deterministic.
        var updated = entries.Count == 0 ? channel.Definition.DefinedAt : entries.Max(e => e.Article.Updated);
        return new FeedDocument(channel, updated, entries, urls) { Hubs = Hubs, Page = page };
    }

    // An entry is the same as long as its article (the same object: the parse cache hands out one per unchanged file)
    // and what it takes from the feed are; most runs change few articles, so most entries are made once.
    private readonly ConditionalWeakTable<Article, FeedEntry> _entries = new();

    private FeedEntry Entry(FeedDefinition feed, Article article)
    {
        if (_entries.TryGetValue(article, out var known) && known.Link == urls.Article(feed.Name, article.Slug) && known.Authors.SequenceEqual(Authors(feed, article)))
        {
            return known;
        }

        var entry = NewEntry(feed, article);
        _entries.AddOrUpdate(article, entry);
        return entry;
    }

    private static IReadOnlyList<Person> Authors(FeedDefinition feed, Article article) =>
        article.Authors.Count > 0 ? article.Authors
            : feed.Authors.Count > 0 ? feed.Authors
            : [new Person(feed.Title)];

    private FeedEntry NewEntry(FeedDefinition feed, Article article)
    {
        var link = urls.Article(feed.Name, article.Slug);
        return new FeedEntry(article, article.Id ?? EntryIds.ForArticle(feed.Name, article.Slug), link, ContentHtml.For(article, link), Authors(feed, article));
    }
}
