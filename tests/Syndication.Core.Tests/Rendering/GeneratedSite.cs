using Syndication.Core.Building;
using Syndication.Core.Channels;
using Syndication.Core.Model;
using Syndication.Core.Rendering;
using static Syndication.Core.Tests.Rendering.GeneratedFeed;

namespace Syndication.Core.Tests.Rendering;

/// <summary>
/// A large site for budgets and checks over every kind of page: 60 articles with 150-character titles, 40 tags and 10
/// categories each and long summaries in one feed (its page lists 50), two smaller feeds, and the index of all three.
/// </summary>
internal static class GeneratedSite
{
    public static readonly FeedDefinition Feed = News with { Title = "Les nouvelles du réseau", Language = "fr", Link = WebLink("https://example.org/nouvelles/") };

    public static readonly List<Article> Articles = GeneratedFeed.Articles(60, n => Article(
        n,
        title: $"Article {n:D2}: {string.Concat(Enumerable.Repeat("une longue histoire à raconter, ", 5))}".PadRight(150, 'é')[..150],
        tags: [.. Enumerable.Range(1, 40).Select(t => $"Sujet numéro {t}")],
        categories: [.. Enumerable.Range(1, 10).Select(c => $"Rubrique {c}")],
        summary: string.Concat(Enumerable.Repeat("Un résumé qui n'en finit pas. ", 70))));

    public static readonly FeedDocument All = GeneratedFeed.All(Feed, Articles);

    /// <summary>Each kind of page once (the article page of the middle article, its neighbours on either side), with the bytes of article text it carries.</summary>
    public static IEnumerable<(string Kind, byte[] Page, int ArticleText)> Pages()
    {
        var middle = All.Entries[All.Entries.Count / 2];
        yield return ("article", HtmlPages.Article(All, All.Entries.Count / 2), System.Text.Encoding.UTF8.GetByteCount(middle.ContentHtml));
        var feed = new ChannelEntries(new FeedChannel(Feed), All.Entries);
        yield return ("feed", HtmlPages.Listing(Subscription(feed)), 0);
        yield return ("tag", HtmlPages.Listing(Subscription(Tags(Feed, Articles)[0])), 0);
        var category = CategoryChannel.Derive([feed], []).First();
        yield return ("category", HtmlPages.Listing(Subscription(category)), 0);
        FeedDefinition[] others = [News with { Name = "notes", Title = "Notes" }, News with { Name = "links", Title = "Links" }];
        yield return ("index", HtmlPages.Index(Builder.Urls, new SiteChannel("Example site", "Everything"),
            [feed, .. others.Select(o => new ChannelEntries(new FeedChannel(o), Entries(o, Articles)))]), 0);
    }

    private static WebUrl WebLink(string href) => WebUrl.TryParse(href, out var url, out _) ? url : throw new ArgumentException(href);
}
