using System.Globalization;
using System.Net;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Syndication.Core.Building;

namespace Syndication.Core.Rendering;

/// <summary>
/// Writes a <see cref="FeedDocument"/> as RSS 2.0. Rss20FeedFormatter alone would put content and authors into
/// Atom-namespace elements RSS readers ignore, so those go out as content:encoded and dc:creator instead.
/// </summary>
public static partial class RssWriter
{
    public const string MediaType = "application/rss+xml";

    public static byte[] Write(FeedDocument document)
    {
        var shell = HexEscapePlainText(channel: true, XmlDocumentWriter.Write(new Rss20FeedFormatter(Feed(document), serializeExtensionsAsAtom: false)));
        return Entries.Splice(shell, XmlDocumentWriter.EntriesAt(shell, "\n  </channel>"u8), document.Entries);
    }

    /// <summary>The document as the formatter writes it with its entries: what <see cref="Write"/> must equal, byte for byte.</summary>
    internal static byte[] WriteInOnePiece(FeedDocument document)
    {
        var feed = Feed(document);
        feed.Items = [.. document.Entries.Select(Item)];
        return HexEscapePlainText(channel: true, XmlDocumentWriter.Write(new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false)));
    }

    private static SyndicationFeed Feed(FeedDocument document)
    {
        var definition = document.Feed;
        var feed = new SyndicationFeed(definition.Title, definition.Description, document.Home)
        {
            Id = document.Id,
            Language = definition.Language,
            Generator = "Syndication",
            Copyright = definition.Rights is null ? null : new TextSyndicationContent(definition.Rights),
            ImageUrl = definition.Logo?.Uri,
        };
        foreach (var (prefix, ns) in ChannelNamespaces)
        {
            feed.AttributeExtensions.Add(new XmlQualifiedName(prefix, Namespaces.Xmlns), ns);
        }

        feed.ElementExtensions.Add(new XElement("lastBuildDate", Rfc822(document.Updated)));
        feed.ElementExtensions.Add(new XElement(XName.Get("link", Namespaces.Atom),
            new XAttribute("href", document.Self("rss").AbsoluteUri), new XAttribute("rel", "self"), new XAttribute("type", MediaType)));
        // RFC 5005 appendix B: RSS carries the history links in the Atom namespace.
        foreach (var (rel, href) in document.HistoryLinks("rss"))
        {
            feed.ElementExtensions.Add(new XElement(XName.Get("link", Namespaces.Atom),
                new XAttribute("href", href.AbsoluteUri), new XAttribute("rel", rel), new XAttribute("type", MediaType)));
        }

        foreach (var marker in AtomWriter.HistoryMarkers(document.Page))
        {
            feed.ElementExtensions.Add(marker);
        }

        foreach (var hub in document.Hubs)
        {
            feed.ElementExtensions.Add(new XElement(XName.Get("link", Namespaces.Atom), new XAttribute("href", hub.AbsoluteUri), new XAttribute("rel", "hub")));
        }

        foreach (var category in definition.Categories)
        {
            feed.Categories.Add(new SyndicationCategory(category));
        }

        return feed;
    }

    private static readonly (string Prefix, string Namespace)[] ChannelNamespaces =
        [("atom", Namespaces.Atom), ("content", Namespaces.Content), ("dc", Namespaces.DublinCore), ("fh", Namespaces.FeedHistory)];

    /// <summary>One entry's bytes as every document of this format carries them, written once.</summary>
    public static byte[] Entry(FeedEntry entry) => Entries.Of(entry);

    internal static void KeepEntries(IReadOnlySet<FeedEntry> entries) => Entries.KeepOnly(entries);

    /// <summary>An item as it appears in the channel, whose start tag declares the namespaces items use.</summary>
    private static readonly EntryFragments Entries = new(entry => HexEscapePlainText(channel: false, XmlDocumentWriter.WriteInside(
        w =>
        {
            w.WriteStartElement("rss");
            w.WriteStartElement("channel");
            foreach (var (prefix, ns) in ChannelNamespaces)
            {
                w.WriteAttributeString("xmlns", prefix, Namespaces.Xmlns, ns);
            }
        },
        new Rss20ItemFormatter(Item(entry), serializeExtensionsAsAtom: false).WriteTo)));

    private static SyndicationItem Item(FeedEntry entry)
    {
        var article = entry.Article;
        var item = new SyndicationItem
        {
            Id = entry.Id,
            Title = new TextSyndicationContent(article.Title),
            // description is read as HTML by RSS readers, so plain text is escaped once more; without a summary,
            // a short excerpt, as readers show the description first and validators expect one before content:encoded.
            Summary = new TextSyndicationContent(WebUtility.HtmlEncode(article.Summary ?? Excerpt.Of(entry.ContentHtml))),
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(entry.Link));
        item.ElementExtensions.Add(new XElement("pubDate", Rfc822(article.Published)));
        item.ElementExtensions.Add(new XElement(XName.Get("encoded", Namespaces.Content), entry.ContentHtml));
        foreach (var author in entry.Authors)
        {
            item.ElementExtensions.Add(new XElement(XName.Get("creator", Namespaces.DublinCore), author.Name));
        }

        foreach (var category in article.Terms)
        {
            item.Categories.Add(new SyndicationCategory(category));
        }

        item.ElementExtensions.Add(new XElement(XName.Get("updated", Namespaces.Atom), article.Updated.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)));
        if (article.Rights is not null)
        {
            item.ElementExtensions.Add(new XElement(XName.Get("rights", Namespaces.DublinCore), article.Rights));
        }

        if (article.Source is { } source)
        {
            item.ElementExtensions.Add(new XElement(XName.Get("source", Namespaces.DublinCore), source.Name));
        }

        return item;
    }

    /// <summary>
    /// RSS titles (and the channel's description) are plain text that some readers parse as HTML; the RSS Best Practices Profile (and the W3C validator)
    /// ask for '&amp;' and '&lt;' as hexadecimal references there, which both kinds of reader decode the same way.
    /// The XmlWriter escapes every '&lt;' in text, so a title's text never contains one and the pattern cannot overrun.
    /// </summary>
    private static byte[] HexEscapePlainText(bool channel, byte[] xml)
    {
        var text = Encoding.UTF8.GetString(xml);
        var escaped = TitleText().Replace(text, HexEscaped);
        if (channel)
        {
            // The channel's description is plain text too; items' descriptions are HTML.
            escaped = DescriptionText().Replace(escaped, HexEscaped, 1);
        }

        return Encoding.UTF8.GetBytes(escaped);
    }

    private static string HexEscaped(Match m) => m.Groups[1].Value
        + m.Groups[2].Value.Replace("&amp;", "&#x26;", StringComparison.Ordinal).Replace("&lt;", "&#x3C;", StringComparison.Ordinal).Replace("&gt;", "&#x3E;", StringComparison.Ordinal)
        + m.Groups[3].Value;

    [GeneratedRegex("(<title>)([^<]*)(</title>)")]
    private static partial Regex TitleText();

    [GeneratedRegex("(<description>)([^<]*)(</description>)")]
    private static partial Regex DescriptionText();

    /// <summary>
    /// RFC 822 with a four-digit year and the original offset; UTC as "GMT", which every reader knows (the formatter's
    /// own "Z" is a military zone RFC 2822 deprecates). Offsets that are not whole or half hours (+05:45, +12:45) make
    /// the W3C validator warn (ProblematicalRFC822Date), so those instants are written in GMT.
    /// </summary>
    internal static string Rfc822(DateTimeOffset time)
    {
        if (Math.Abs(time.Offset.Minutes) is not (0 or 30))
        {
            time = time.ToUniversalTime();
        }

        var stamp = time.ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture);
        if (time.Offset == TimeSpan.Zero)
        {
            return stamp + " GMT";
        }

        var offset = time.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{stamp} {sign}{offset.Hours:00}{offset.Minutes:00}");
    }
}
