using System.Xml;
using Syndication.Core.Building;
using Syndication.Core.Channels;

namespace Syndication.Core.Rendering;

/// <summary>
/// Writes the OPML 2.0 subscription list of every feed (http://opml.org/spec2.opml), for importing them all at once.
/// Each outline is type="rss", the only feed type OPML 2.0 defines and the one importers look for, whatever the format;
/// its xmlUrl is the Atom document, our canonical one: it carries the permanent ids, the archive links and an RSS
/// alternate, and every reader that imports OPML reads Atom. The bytes depend only on the feeds' definitions, so a
/// changed article never rewrites the list: dateModified is when the newest feed.yaml changed.
/// </summary>
public static class OpmlWriter
{
    public const string MediaType = "text/x-opml";

    /// <param name="site">The site: the list's title.</param>
    /// <param name="feeds">The feeds, listed in this order.</param>
    /// <param name="urls">The public URLs.</param>
    public static byte[] Write(SiteChannel site, IReadOnlyList<FeedChannel> feeds, PublicUrls urls) =>
        XmlDocumentWriter.Write(xml =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("opml");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteStartElement("head");
            xml.WriteElementString("title", site.Definition.Title);
            if (feeds.Count > 0 && feeds.Max(f => f.Feed.DefinedAt) is var defined && defined > DateTimeOffset.UnixEpoch)
            {
                xml.WriteElementString("dateModified", RssWriter.Rfc822(defined));
            }

            xml.WriteElementString("docs", "http://opml.org/spec2.opml");
            xml.WriteEndElement();
            xml.WriteStartElement("body");
            foreach (var feed in feeds)
            {
                Outline(xml, feed, urls);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        });

    private static void Outline(XmlWriter xml, FeedChannel channel, PublicUrls urls)
    {
        var feed = channel.Feed;
        xml.WriteStartElement("outline");
        xml.WriteAttributeString("type", "rss");
        xml.WriteAttributeString("text", feed.Title);
        xml.WriteAttributeString("title", feed.Title);
        xml.WriteAttributeString("xmlUrl", channel.DocumentUrl(urls, "atom").AbsoluteUri);
        xml.WriteAttributeString("htmlUrl", (feed.Link?.Uri ?? urls.Home).AbsoluteUri);
        xml.WriteAttributeString("description", feed.Description);
        if (feed.Language is not null)
        {
            xml.WriteAttributeString("language", feed.Language);
        }

        xml.WriteEndElement();
    }
}
