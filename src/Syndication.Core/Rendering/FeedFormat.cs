using Syndication.Core.Building;

namespace Syndication.Core.Rendering;

/// <summary>One of the formats every feed is published in: its file extension, media type, label and writer.</summary>
public sealed record FeedFormat(string Extension, string MediaType, string Label, Func<FeedDocument, byte[]> Write)
{
    public static readonly IReadOnlyList<FeedFormat> All =
    [
        new("atom", AtomWriter.MediaType, "Atom", AtomWriter.Write),
        new("rss", RssWriter.MediaType, "RSS", RssWriter.Write),
        new("json", JsonFeedWriter.MediaType, "JSON Feed", JsonFeedWriter.Write),
    ];

    public static FeedFormat? Find(string extension) => All.FirstOrDefault(f => f.Extension == extension);
}
