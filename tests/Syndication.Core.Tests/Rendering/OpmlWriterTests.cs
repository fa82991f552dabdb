using System.Text;
using System.Xml;
using System.Xml.Linq;
using Syndication.Core.Building;
using Syndication.Core.Channels;
using Syndication.Core.Model;
using Syndication.Core.Rendering;

namespace Syndication.Core.Tests.Rendering;

/// <summary>The OPML list read back with a strict XmlReader, as an importer reads it.</summary>
public sealed class OpmlWriterTests
{
    private static readonly PublicUrls Urls = new(new Uri("https://example.org/blog/"));
    private static readonly SiteChannel Site = new("All <feeds> & more", "S");

    private static readonly FeedChannel[] Feeds =
    [
        new(new FeedDefinition { Name = "news", Title = "News & views", Description = "What \"happened\"\u0001", Language = "en", DefinedAt = new DateTimeOffset(2024, 3, 5, 11, 0, 0, TimeSpan.FromHours(1)) }),
        new(new FeedDefinition { Name = "notes", Title = "Notes", Description = "Short", Link = Url("https://notes.example.net/"), DefinedAt = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero) }),
    ];

    private static WebUrl Url(string text) => WebUrl.TryParse(text, out var url, out var why) ? url : throw new ArgumentException(why);

    private static XDocument Read(byte[] bytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    [Fact]
    public void EveryFeed_IsAnRssOutlineWithItsAtomDocumentAndHomePage()
    {
        var opml = Read(OpmlWriter.Write(Site, Feeds, Urls));
        Assert.Equal("2.0", (string?)opml.Root!.Attribute("version"));
        Assert.Equal("All <feeds> & more", (string?)opml.Root.Element("head")!.Element("title"));
        Assert.Equal(
            [
                ("rss", "News & views", "News & views", "https://example.org/blog/feeds/news.atom", "https://example.org/blog/", "What \"happened\"", "en"),
                ("rss", "Notes", "Notes", "https://example.org/blog/feeds/notes.atom", "https://notes.example.net/", "Short", null),
            ],
            opml.Root.Element("body")!.Elements("outline").Select(o => ((string)o.Attribute("type")!, (string)o.Attribute("text")!, (string)o.Attribute("title")!,
                (string)o.Attribute("xmlUrl")!, (string)o.Attribute("htmlUrl")!, (string)o.Attribute("description")!, (string?)o.Attribute("language"))));
    }

    [Fact]
    public void DateModified_IsWhenTheNewestFeedWasDefined_AndOmittedWithoutOne()
    {
        Assert.Equal("Tue, 05 Mar 2024 11:00:00 +0100", (string?)Read(OpmlWriter.Write(Site, Feeds, Urls)).Root!.Element("head")!.Element("dateModified"));
        Assert.Null(Read(OpmlWriter.Write(Site, [new FeedChannel(new FeedDefinition { Name = "a", Title = "A", Description = "" })], Urls)).Root!.Element("head")!.Element("dateModified"));
        Assert.Empty(Read(OpmlWriter.Write(Site, [], Urls)).Root!.Element("body")!.Elements());
    }

    [Fact]
    public void Bytes_AreUtf8WithoutBomAndTheSameEveryTime()
    {
        var bytes = OpmlWriter.Write(Site, Feeds, Urls);
        Assert.Equal(bytes, OpmlWriter.Write(Site, [.. Feeds.Select(f => new FeedChannel(f.Feed with { }))], Urls));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<opml version=\"2.0\">", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }
}
