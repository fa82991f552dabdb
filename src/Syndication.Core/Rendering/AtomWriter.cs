using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Syndication.Core.Building;
using Syndication.Core.Model;

namespace Syndication.Core.Rendering;

/// <summary>Writes a <see cref="FeedDocument"/> as Atom 1.0 (RFC 4287).</summary>
public static class AtomWriter
{
    public const string MediaType = "application/atom+xml";

    public static byte[] Write(FeedDocument document)
    {
        var shell = XmlDocumentWriter.Write(new Atom10FeedFormatter(Feed(document)));
        return Entries.Splice(shell, XmlDocumentWriter.EntriesAt(shell, "\n</feed>"u8), document.Entries);
    }

    /// <summary>The document as the formatter writes it with its entries: what <see cref="Write"/> must equal, byte for byte.</summary>
    internal static byte[] WriteInOnePiece(FeedDocument document)
    {
        var feed = Feed(document);
        feed.Items = [.. document.Entries.Select(Item)];
        return XmlDocumentWriter.Write(new Atom10FeedFormatter(feed));
    }

    private static SyndicationFeed Feed(FeedDocument document)
    {
        var definition = document.Feed;
        var feed = new SyndicationFeed(definition.Title, definition.Description, document.Home, document.Id, Stable(document.Updated))
        {
            Language = definition.Language,
            Generator = "Syndication",
            Copyright = definition.Rights is null ? null : new TextSyndicationContent(definition.Rights),
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(document.Self("atom"), MediaType));
        foreach (var (rel, href) in document.HistoryLinks("atom"))
        {
            feed.Links.Add(new SyndicationLink(href, rel, null, MediaType, 0));
        }

        foreach (var marker in HistoryMarkers(document.Page))
        {
            feed.ElementExtensions.Add(marker);
        }

        feed.Links.Add(new SyndicationLink(document.Self("rss"), "alternate", null, RssWriter.MediaType, 0));
        foreach (var hub in document.Hubs)
        {
            feed.Links.Add(new SyndicationLink(hub, "hub", null, null, 0));
        }

        if (document.Tombstones.Count > 0)
        {
            // Declared on the feed, so each at:deleted-entry uses the prefix instead of declaring the namespace again.
            feed.AttributeExtensions.Add(new XmlQualifiedName("at", Namespaces.Xmlns), Namespaces.Tombstones);
            foreach (var tombstone in document.Tombstones)
            {
                feed.ElementExtensions.Add(DeletedEntry(tombstone));
            }
        }

        AddAll(feed.Authors, definition.Authors.Select(Person));
        AddAll(feed.Categories, definition.Categories.Select(c => new SyndicationCategory(c)));
        // Written as text, not through ImageUrl: the formatter would write the logo's Uri unescaped.
        foreach (var (name, url) in new[] { ("icon", definition.Icon), ("logo", definition.Logo) })
        {
            if (url is not null)
            {
                feed.ElementExtensions.Add(new XElement(XName.Get(name, Namespaces.Atom), url.Href));
            }
        }

        return feed;
    }

    /// <summary>One entry's bytes as every document of this format carries them, written once.</summary>
    public static byte[] Entry(FeedEntry entry) => Entries.Of(entry);

    internal static void KeepEntries(IReadOnlySet<FeedEntry> entries) => Entries.KeepOnly(entries);

    private static readonly EntryFragments Entries = new(entry => XmlDocumentWriter.WriteInside(
        w => w.WriteStartElement("feed", Namespaces.Atom),
        new Atom10ItemFormatter(Item(entry)).WriteTo));

    private static SyndicationItem Item(FeedEntry entry)
    {
        var article = entry.Article;
        var item = new SyndicationItem
        {
            Id = entry.Id,
            Title = new TextSyndicationContent(article.Title),
            Content = SyndicationContent.CreateHtmlContent(entry.ContentHtml),
            Summary = article.Summary is null ? null : new TextSyndicationContent(article.Summary),
            PublishDate = Stable(article.Published),
            LastUpdatedTime = Stable(article.Updated),
            Copyright = article.Rights is null ? null : new TextSyndicationContent(article.Rights),
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(entry.Link, "text/html"));
        AddAll(item.Authors, entry.Authors.Select(Person));
        AddAll(item.Categories, article.Terms.Select(c => new SyndicationCategory(c)));
        if (article.Source is { } source)
        {
            item.ElementExtensions.Add(new XElement(XName.Get("source", Namespaces.DublinCore), source.Name));
        }

        return item;
    }

    /// <summary>RFC 6721: the entry's id and when it went, a comment saying so (in English, whatever the feed's language) and its former link.</summary>
    private static XElement DeletedEntry(Tombstone tombstone)
    {
        XNamespace at = Namespaces.Tombstones;
        return new XElement(at + "deleted-entry",
            new XAttribute("ref", tombstone.Id),
            new XAttribute("when", tombstone.When.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)),
            new XElement(at + "comment", new XAttribute(XNamespace.Xml + "lang", "en"), "This entry was removed by the publisher."),
            tombstone.Link is null ? null : new XElement(XName.Get("link", Namespaces.Atom), new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", tombstone.Link)));
    }

    /// <summary>fh:complete on a subscription document that carries every entry, fh:archive on an archive page.</summary>
    internal static IEnumerable<XElement> HistoryMarkers(FeedPage page)
    {
        if (page.IsComplete)
        {
            yield return new XElement(XName.Get("complete", Namespaces.FeedHistory));
        }

        if (page.IsArchive)
        {
            yield return new XElement(XName.Get("archive", Namespaces.FeedHistory));
        }
    }

    /// <summary>
    /// The formatter writes the current time for an update time of DateTimeOffset.MinValue (and drops such a publication
    /// time), so a document would change on every run; one tick later is written with the same text.
    /// </summary>
    private static DateTimeOffset Stable(DateTimeOffset time) => time == DateTimeOffset.MinValue ? time.AddTicks(1) : time;

    private static SyndicationPerson Person(Person person) => new(person.Email, person.Name, person.Uri?.Href);

    private static void AddAll<T>(ICollection<T> target, IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            target.Add(item);
        }
    }
}
