using System.Globalization;
using System.Text;
using Syndication.Core.Building;
using Syndication.Core.Channels;
using static Syndication.Core.Rendering.PageLayout;

namespace Syndication.Core.Rendering;

/// <summary>
/// One article's page: title, byline and dates, the content, where it first appeared, its tags and categories (each
/// linking its page and its feed), the older and newer article of the same feed, and the way back to the feed.
/// </summary>
internal static class ArticlePage
{
    private static readonly FeedFormat Atom = FeedFormat.Find("atom")!;

    /// <summary>The page of entry <paramref name="index"/> of <paramref name="all"/>, a feed's document of every entry, newest first.</summary>
    public static byte[] Render(FeedDocument all, int index)
    {
        var feed = all.Channel as FeedChannel
            ?? throw new ArgumentException($"An article page belongs to its feed, not to channel '{all.Channel.Name}'.", nameof(all));
        var (urls, entry, language) = (all.Urls, all.Entries[index], feed.Feed.Language);
        var article = entry.Article;
        var terms = Terms(feed, entry);
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<article>\n<h1>{E(article.Title)}</h1>\n<p class=\"meta\">By ");
        body.AppendJoin(", ", entry.Authors.Select(a => a.Affiliation is null ? E(a.Name) : $"{E(a.Name)} ({E(a.Affiliation)})"));
        body.Append(" · ").Append(PageDates.Time(article.Published, language));
        if (article.Updated != article.Published)
        {
            body.Append(" · updated ").Append(PageDates.Time(article.Updated, language));
        }

        body.Append("</p>\n");
        if (article.Summary is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"summary\">{E(article.Summary)}</p>\n");
        }

        body.Append(entry.ContentHtml).Append("\n<footer class=\"terms\">\n");
        if (article.Source is { } source)
        {
            var name = source.Url is null ? E(source.Name) : $"<a href=\"{E(source.Url.Href)}\">{E(source.Name)}</a>";
            body.Append(CultureInfo.InvariantCulture, $"<p>First published in {name}.</p>\n");
        }

        if (article.Rights is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>{E(article.Rights)}</p>\n");
        }

        body.Append(TermLinks("Tags", urls, terms.OfType<TagChannel>())).Append(TermLinks("Categories", urls, terms.OfType<CategoryChannel>()))
            .Append("</footer>\n</article>\n").Append(Neighbours(all, index));

        var feedPage = PageUrl(urls, feed);
        var footer = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<p>From <a href=\"{E(feedPage.AbsoluteUri)}\">{E(feed.Feed.Title)}</a>");
        if (feed.Feed.Link is { } website)
        {
            footer.Append(CultureInfo.InvariantCulture, $" · <a href=\"{E(website.Href)}\">website</a>");
        }

        footer.Append(" · Subscribe: ").Append(Subscribe(urls, feed)).Append("</p>");
        // The feed in every format; each tag and category feed in Atom only, so ten tags do not make thirty choices.
        var head = AutoDiscovery(urls, feed, feed.Feed.Title) + string.Concat(terms.Select(t => AutoDiscovery(urls, t, t.Definition.Title, Atom)));
        return Page(article.Title, language, head, Navigation(urls, (feedPage, feed.Feed.Title)), body.ToString(), footer.ToString());
    }

    /// <summary>
    /// A fingerprint of everything <see cref="Render"/> shows: equal stamps, equal pages, so a run renders only the pages
    /// whose stamp moved. The entry's own stamp covers its content; the rest is what the page adds around it, the older
    /// and newer articles included (a new article re-renders the page of the one before it).
    /// </summary>
    public static string Stamp(FeedDocument all, int index)
    {
        var entry = all.Entries[index];
        var newer = index > 0 ? all.Entries[index - 1] : null;
        var older = index + 1 < all.Entries.Count ? all.Entries[index + 1] : null;
        return EntryStamp.Hash(string.Join('\0', [
            EntryStamp.Of(entry), HtmlPages.Version, all.Urls.Base.AbsoluteUri, all.Channel.Name, all.Feed.Link?.Href ?? "", all.Feed.Title,
            all.Feed.Language ?? "", string.Join('\u001f', entry.Article.Tags), string.Join('\u001f', entry.Article.Categories),
            newer?.Link.AbsoluteUri ?? "", newer?.Article.Title ?? "", older?.Link.AbsoluteUri ?? "", older?.Article.Title ?? "",
            .. entry.Authors.Select(a => a.Affiliation ?? "")]));
    }

    private static List<TermChannel> Terms(FeedChannel feed, FeedEntry entry) =>
        [.. entry.Article.Tags.Select(t => (TermChannel)new TagChannel(feed.Feed, t))
            .Concat(entry.Article.Categories.Select(c => new CategoryChannel(feed.Feed, c)))
            .DistinctBy(c => c.Name)];

    /// <summary>Each term's page, then its Atom feed; nothing when there are none.</summary>
    private static string TermLinks(string label, PublicUrls urls, IEnumerable<TermChannel> channels)
    {
        var links = string.Join(", ", channels.Select(c =>
            $"<a href=\"{E(PageUrl(urls, c).AbsoluteUri)}\">{E(c.Term)}</a> (<a href=\"{E(c.DocumentUrl(urls, Atom.Extension).AbsoluteUri)}\" type=\"{Atom.MediaType}\">feed</a>)"));
        return links.Length == 0 ? "" : $"<p>{label}: {links}</p>\n";
    }

    /// <summary>The older (rel="prev") and newer (rel="next") article of the same feed, by date.</summary>
    private static string Neighbours(FeedDocument all, int index)
    {
        var links = new List<string>();
        if (index + 1 < all.Entries.Count)
        {
            links.Add($"<a rel=\"prev\" href=\"{E(all.Entries[index + 1].Link.AbsoluteUri)}\">← Older: {E(all.Entries[index + 1].Article.Title)}</a>");
        }

        if (index > 0)
        {
            links.Add($"<a rel=\"next\" href=\"{E(all.Entries[index - 1].Link.AbsoluteUri)}\">Newer: {E(all.Entries[index - 1].Article.Title)} →</a>");
        }

        return links.Count == 0 ? "" : $"<nav class=\"pager\" aria-label=\"Older and newer articles\">{string.Concat(links)}</nav>";
    }
}
