using System.Globalization;
using System.Text;
using Syndication.Core.Building;
using Syndication.Core.Channels;
using static Syndication.Core.Rendering.PageLayout;

namespace Syndication.Core.Rendering;

/// <summary>
/// The home page: the combined feed first (a reader given the home page finds the whole site) with the OPML list of every
/// feed, then each feed with its newest entries, a link to its page and a link to subscribe in each format.
/// </summary>
internal static class IndexPage
{
    /// <summary>Entries shown per feed; the feed's page lists the rest.</summary>
    public const int NewestShown = 5;

    public static byte[] Render(PublicUrls urls, SiteChannel? site, IReadOnlyList<ChannelEntries> feeds)
    {
        var head = new StringBuilder();
        var main = new StringBuilder();
        var title = site?.Definition.Title ?? "Feeds";
        main.Append(CultureInfo.InvariantCulture, $"<h1>{E(title)}</h1>\n");
        var footer = $"<p>Every feed is published in {string.Join(", ", FeedFormat.All.Select(f => f.Label))}.</p>";
        if (site is not null)
        {
            var opml = SiteChannel.OpmlUrl(urls).AbsoluteUri;
            head.Append(AutoDiscovery(urls, site, title))
                .Append(CultureInfo.InvariantCulture, $"<link rel=\"alternate\" type=\"{OpmlWriter.MediaType}\" title=\"{E(title)} (OPML)\" href=\"{E(opml)}\">\n");
            main.Append(CultureInfo.InvariantCulture, $"<p>{E(site.Definition.Description)}</p>\n<section>\n<h2>Every feed in one</h2>\n")
                .Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">Subscribe: {Subscribe(urls, site)} · <a href=\"{E(opml)}\" type=\"{OpmlWriter.MediaType}\">OPML list</a> (to subscribe to each feed at once)</p>\n</section>\n");
        }

        foreach (var (channel, entries) in feeds)
        {
            var feed = channel.Definition;
            head.Append(AutoDiscovery(urls, channel, feed.Title));
            var language = feed.Language is null ? "" : $" lang=\"{E(feed.Language)}\"";
            main.Append(CultureInfo.InvariantCulture, $"<section{language}>\n<h2><a href=\"{E(PageUrl(urls, channel).AbsoluteUri)}\">{E(feed.Title)}</a></h2>\n<p>{E(feed.Description)}</p>\n")
                .Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">Subscribe: {Subscribe(urls, channel)}</p>\n")
                .Append(ListingPage.Entries([.. entries.Take(NewestShown)], feed.Language, "h3", excerpts: false)).Append("</section>\n");
        }

        return Page(title, site?.Definition.Language, head.ToString(), Navigation(urls), main.ToString(), footer);
    }
}
