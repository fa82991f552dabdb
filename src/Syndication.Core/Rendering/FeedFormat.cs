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

    public static FeedFormat? Find(string extension) => All.FirstOrDefault(f => f.Extension == extension);
}
