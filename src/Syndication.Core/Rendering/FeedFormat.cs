using Syndication.Core.Building;

namespace Syndication.Core.Rendering;

/// <summary>
/// One of the formats every feed is published in: its file extension, media type, label and writer, and
/// <see cref="Entry"/>, which writes one entry's bytes ahead of the documents that carry it (they reuse them).
/// </summary>
public sealed record FeedFormat(string Extension, string MediaType, string Label, Func<FeedDocument, byte[]> Write, Func<FeedEntry, byte[]> Entry)
{
    public static readonly IReadOnlyList<FeedFormat> All =
    [
        new("atom", AtomWriter.MediaType, "Atom", AtomWriter.Write, AtomWriter.Entry),
        new("rss", RssWriter.MediaType, "RSS", RssWriter.Write, RssWriter.Entry),
        new("json", JsonFeedWriter.MediaType, "JSON Feed", JsonFeedWriter.Write, JsonFeedWriter.Entry),
    ];

    /// <summary>
    /// Keeps the written bytes of <paramref name="entries"/> only: the service passes the entries of its subscription
    /// documents, the only ones a later run rewrites (an archived entry is in frozen pages; edited, it is a new entry).
    /// </summary>
    public static void KeepEntries(IReadOnlySet<FeedEntry> entries)
    {
        AtomWriter.KeepEntries(entries);
        RssWriter.KeepEntries(entries);
        JsonFeedWriter.KeepEntries(entries);
    }

    /// <summary>The Content-Type header of a document in this format (all are UTF-8), made once rather than per response.</summary>
    public string ContentType { get; } = MediaType + "; charset=utf-8";

    public static FeedFormat? Find(string extension)
    {
        foreach (var format in All)
        {
            if (format.Extension == extension)
            {
                return format;
            }
        }

        return null;
    }
}
