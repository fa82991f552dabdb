using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using CodeHollow.FeedReader;
using Syndication.Core.Building;
using Syndication.Core.Model;
using Syndication.Core.Rendering;

namespace Syndication.Core.Tests;

/// <summary>Every format of one feed as a reader gets it, read back with independent readers (XmlReader, CodeHollow.FeedReader, System.Text.Json).</summary>
internal sealed record Published(byte[] Atom, byte[] Rss, byte[] Json, byte[] Html)
{
    private static readonly FeedBuilder Builder = new(new PublicUrls(FeedFolder.BaseUrl));

    public static Published Of(FeedDefinition feed, IReadOnlyList<Article> articles, DateTimeOffset now)
    {
        var document = Builder.Build(feed, articles, now);
        var pages = document.Entries.SelectMany(e => HtmlPages.Article(document, e)).ToArray();
        return new Published(AtomWriter.Write(document), RssWriter.Write(document), JsonFeedWriter.Write(document), pages);
    }

    public XDocument AtomXml => Xml(Atom);

    public XDocument RssXml => Xml(Rss);

    public Feed AtomFeed => FeedReader.ReadFromString(Encoding.UTF8.GetString(Atom));

    public Feed RssFeed => FeedReader.ReadFromString(Encoding.UTF8.GetString(Rss));

    /// <summary>Every piece of text a reader sees: XML text and attribute values, JSON strings, the HTML pages.</summary>
    public IEnumerable<string> Texts()
    {
        foreach (var xml in new[] { AtomXml, RssXml })
        {
            foreach (var node in xml.DescendantNodes())
            {
                if (node is XText text)
                {
                    yield return text.Value;
                }
                else if (node is XElement element)
                {
                    foreach (var attribute in element.Attributes())
                    {
                        yield return attribute.Value;
                    }
                }
            }
        }

        using var json = JsonDocument.Parse(Json);
        foreach (var text in Strings(json.RootElement))
        {
            yield return text;
        }

        yield return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Html);
    }

    /// <summary>Every refused character (<see cref="RefusedCharacters"/>) a reader would get, in any format.</summary>
    public IEnumerable<int> Refused() => Texts().SelectMany(RefusedCharacters.In);

    /// <summary>Parses the way a strict reader does: XmlReader checks every character.</summary>
    private static XDocument Xml(byte[] bytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
