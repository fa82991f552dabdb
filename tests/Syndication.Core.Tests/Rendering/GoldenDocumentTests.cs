using System.Xml.Linq;
using Syndication.Core.Rendering;

namespace Syndication.Core.Tests.Rendering;

/// <summary>The fixture feed under Fixtures/golden/news against documents written by hand from the specifications.</summary>
public sealed class GoldenDocumentTests
{
    private static readonly string Folder = FeedFolder.InOutput("Fixtures", "golden", "news");

    private static void AssertSameXml(string expectedFile, byte[] actual)
    {
        var expected = XDocument.Load(FeedFolder.InOutput("Fixtures", "golden", expectedFile));
        using var stream = new MemoryStream(actual);
        Assert.Equal(XmlCanonical.Of(expected.Root!), XmlCanonical.Of(XDocument.Load(stream).Root!));
    }

    [Fact]
    public void Atom_MatchesTheHandWrittenDocument() =>
        AssertSameXml("news.expected.atom", AtomWriter.Write(FeedFolder.Build(Folder)));

    [Fact]
    public void Rss_MatchesTheHandWrittenDocument() =>
        AssertSameXml("news.expected.rss", RssWriter.Write(FeedFolder.Build(Folder)));
}
