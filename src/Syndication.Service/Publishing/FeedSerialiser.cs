using Syndication.Core.Building;
using Syndication.Core.Rendering;

namespace Syndication.Service.Publishing;

/// <summary>
/// Serialises a document in every format before any is written, so a writer that throws leaves all formats as they were:
/// a feed's formats are published together or not at all. Registered in DI, so a test can choose the writers.
/// </summary>
internal sealed class FeedSerialiser(IReadOnlyList<FeedFormat> formats)
{
    public FeedSerialiser()
        : this(FeedFormat.All)
    {
    }

    public IReadOnlyList<FeedFormat> Formats => formats;

    /// <summary>The document's bytes in each format, by extension; throws before returning anything if any writer throws.</summary>
    public IReadOnlyList<(string Extension, byte[] Bytes)> Serialise(FeedDocument document) =>
        [.. formats.Select(f => (f.Extension, f.Write(document)))];
}
