using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Syndication.Core.Building;
using Syndication.Core.Model;
using Syndication.Core.Parsing;

namespace Syndication.Core.Rendering;

/// <summary>Writes a <see cref="FeedDocument"/> as JSON Feed 1.1 (https://jsonfeed.org/version/1.1), property order fixed so the bytes are deterministic.</summary>
public static class JsonFeedWriter
{
    public const string MediaType = "application/feed+json";

    // The document is served as its own media type, never inlined into HTML, so non-ASCII text can stay readable.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(FeedDocument document)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            Head(json, document);
        }

        // What Utf8JsonWriter writes after the items: the closing bracket on a line of its own unless the array is empty.
        var at = (int)stream.Length;
        stream.Write(document.Entries.Count == 0 ? "]\n}"u8 : "\n  ]\n}"u8);
        return Entries.Splice(stream.ToArray(), at, document.Entries, ","u8);
    }

    /// <summary>The document as Utf8JsonWriter writes it in one go: what <see cref="Write"/> must equal, byte for byte.</summary>
    internal static byte[] WriteInOnePiece(FeedDocument document)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            Head(json, document);
            foreach (var entry in document.Entries)
            {
                Item(json, entry);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>Everything before the items, the items array opened.</summary>
    private static void Head(Utf8JsonWriter json, FeedDocument document)
    {
        var definition = document.Feed;
        json.WriteStartObject();
        json.WriteString("version", "https://jsonfeed.org/version/1.1");
        Text(json, "title", definition.Title);
        json.WriteString("home_page_url", document.Home.AbsoluteUri);
        // feed_url identifies the feed, so archive pages name the subscription document too.
        json.WriteString("feed_url", document.Current("json").AbsoluteUri);
        Text(json, "description", definition.Description);
        Optional(json, "language", definition.Language);
        Optional(json, "icon", definition.Logo?.Href);
        Optional(json, "favicon", definition.Icon?.Href);
        Authors(json, definition.Authors);
        Hubs(json, document.Hubs);
        History(json, document);
        json.WriteStartArray("items");
    }

    /// <summary>One entry's bytes as every document of this format carries them, written once.</summary>
    public static byte[] Entry(FeedEntry entry) => Entries.Of(entry);

    internal static void KeepEntries(IReadOnlySet<FeedEntry> entries) => Entries.KeepOnly(entries);

    /// <summary>An item as Utf8JsonWriter writes the first one of the items array (later ones follow a comma).</summary>
    private static readonly EntryFragments Entries = new(entry =>
    {
        using var stream = new MemoryStream();
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteStartArray("items");
        json.Flush();
        var start = (int)stream.Length;
        Item(json, entry);
        json.Flush();
        return stream.GetBuffer()[start..(int)stream.Length];
    });

    private static void Item(Utf8JsonWriter json, FeedEntry entry)
    {
        var article = entry.Article;
        json.WriteStartObject();
        Text(json, "id", entry.Id);
        json.WriteString("url", entry.Link.AbsoluteUri);
        Text(json, "title", article.Title);
        Text(json, "content_html", entry.ContentHtml);
        Optional(json, "summary", article.Summary);
        if (article.Image is { } image)
        {
            json.WriteString("image", image.Url.Href);
        }

        json.WriteString("date_published", Rfc3339(article.Published));
        json.WriteString("date_modified", Rfc3339(article.Updated));
        Authors(json, entry.Authors);
        if (article.Terms.Count > 0)
        {
            json.WriteStartArray("tags");
            foreach (var tag in article.Terms)
            {
                json.WriteStringValue(XmlChars.Clean(tag));
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void Authors(Utf8JsonWriter json, IReadOnlyList<Person> authors)
    {
        if (authors.Count == 0)
        {
            return;
        }

        json.WriteStartArray("authors");
        foreach (var author in authors)
        {
            json.WriteStartObject();
            Text(json, "name", author.Name);
            Optional(json, "url", author.Uri?.Href ?? (author.Email is null ? null : "mailto:" + author.Email));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Hubs(Utf8JsonWriter json, IReadOnlyList<Uri> hubs)
    {
        if (hubs.Count == 0)
        {
            return;
        }

        json.WriteStartArray("hubs");
        foreach (var hub in hubs)
        {
            json.WriteStartObject();
            json.WriteString("type", "WebSub");
            json.WriteString("url", hub.AbsoluteUri);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// JSON Feed pages towards older items with next_url; the RFC 5005 relations go in an "_rfc5005" extension object
    /// (JSON Feed reserves names starting with an underscore for extensions).
    /// </summary>
    private static void History(Utf8JsonWriter json, FeedDocument document)
    {
        if (document.Page.PrevArchive is { } older)
        {
            json.WriteString("next_url", document.Archive(older, "json").AbsoluteUri);
        }

        if (!document.Page.IsArchive && !document.Page.IsComplete && document.Page.PrevArchive is null)
        {
            return;
        }

        json.WriteStartObject("_rfc5005");
        if (document.Page.IsArchive || document.Page.IsComplete)
        {
            json.WriteBoolean(document.Page.IsArchive ? "archive" : "complete", true);
        }

        foreach (var (rel, href) in document.HistoryLinks("json"))
        {
            json.WriteString(rel.Replace('-', '_'), href.AbsoluteUri);
        }

        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            Text(json, name, value);
        }
    }

    /// <summary>Text as XML would carry it, so every format says the same; Utf8JsonWriter would throw on a lone surrogate.</summary>
    private static void Text(Utf8JsonWriter json, string name, string value) => json.WriteString(name, XmlChars.Clean(value));

    internal static string Rfc3339(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
