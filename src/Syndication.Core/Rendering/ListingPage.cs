using System.Globalization;
using System.Text;
using Syndication.Core.Building;
using Syndication.Core.Channels;
using static Syndication.Core.Rendering.PageLayout;

namespace Syndication.Core.Rendering;

/// <summary>
/// The page of a feed, a tag or a category: what the channel is, a link to subscribe in each format, and the entries of
/// its subscription document, newest first, each with its date and a short excerpt.
/// </summary>
internal static class ListingPage
{
    /// <summary>Characters of summary or excerpt per entry: fifty entries stay well under the page budget.</summary>
    public const int ExcerptLength = 160;

    public static byte[] Render(FeedDocument subscription)
    {
        var (channel, urls, feed) = (subscription.Channel, subscription.Urls, subscription.Feed);
        var navigation = channel switch
        {
            FeedChannel => Navigation(urls),
            TermChannel term => Navigation(urls, (PageUrl(urls, new FeedChannel(term.Feed)), term.Feed.Title)),
            _ => throw new ArgumentException($"Channel '{channel.Name}' has no page of its own.", nameof(subscription)),
        };
        var main = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<h1>{E(feed.Title)}</h1>\n<p>{E(feed.Description)}</p>\n");
        main.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">Subscribe: {Subscribe(urls, channel)}</p>\n");
        main.Append(Entries(subscription.Entries, feed.Language, "h2"));

        var footer = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(urls.Home.AbsoluteUri)}\">All feeds</a>");
        if (feed.Link is { } website)
        {
            footer.Append(CultureInfo.InvariantCulture, $" · <a href=\"{E(website.Href)}\">website</a>");
        }

        if (feed.Rights is { } rights)
        {
            footer.Append(" · ").Append(E(rights));
        }

        return Page(feed.Title, feed.Language, AutoDiscovery(urls, channel, feed.Title), navigation, main.ToString(), footer.Append("</p>").ToString());
    }

    /// <summary>A list of entries, each a heading linking its page, its date and, unless <paramref name="excerpts"/> is off, its summary or the start of its text.</summary>
    public static string Entries(IReadOnlyCollection<FeedEntry> entries, string? language, string heading, bool excerpts = true)
    {
        if (entries.Count == 0)
        {
            return "<p>No articles yet.</p>\n";
        }

        var list = new StringBuilder("<ul class=\"entries\">\n");
        foreach (var entry in entries)
        {
            var article = entry.Article;
            list.Append(CultureInfo.InvariantCulture, $"<li><{heading}><a href=\"{E(entry.Link.AbsoluteUri)}\">{E(article.Title)}</a></{heading}><p class=\"meta\">{PageDates.Time(article.Published, language)}</p>");
            if (excerpts && Excerpt.Shorten(article.Summary ?? Excerpt.Of(entry.ContentHtml), ExcerptLength) is { Length: > 0 } text)
            {
                list.Append(CultureInfo.InvariantCulture, $"<p>{E(text)}</p>");
            }

            list.Append("</li>\n");
        }

        return list.Append("</ul>\n").ToString();
    }
}
