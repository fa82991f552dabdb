using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Syndication.Core.Building;
using Syndication.Core.Channels;
using Syndication.Core.Model;
using Syndication.Core.Rendering;

namespace Syndication.Core.Tests.Rendering;

/// <summary>
/// Each entry is written once per format and its bytes spliced into every document that carries it. Whatever the
/// entries and the documents around them, a document made of reused bytes is the document made of freshly written ones
/// and the one the formatter writes in one piece, byte for byte, and it parses with every entry in order.
/// </summary>
public sealed class EntryReuseProperties
{
    private static readonly FeedBuilder Builder = new(new PublicUrls(new Uri("https://example.org/")), [new Uri("https://hub.example.net/")]);

    /// <summary>Text that stresses the splice: markup characters, escapes, non-ASCII, astral and refused code units.</summary>
    private static Gen<string> Text() =>
        Gen.OneOf(Gen.Elements('a', ' ', '<', '>', '&', '"', '\'', ']', '\n', 'é', '日', '\u2028'), Gen.Elements('\uD83D', '\uDE00', '\u0001', '\uFFFE'))
            .ArrayOf().Select(chars => "t" + new string(chars));

    private static Gen<Article> Articles() =>
        from title in Text()
        from body in Text()
        from tag in Text()
        from summary in Gen.OneOf(Text(), Gen.Constant<string>(null!))
        from day in Gen.Choose(1, 28)
        from slug in Gen.Choose(0, 1_000_000)
        select new Article
        {
            Slug = "a-" + slug, Title = title, Summary = summary, BodyHtml = $"<p>{System.Net.WebUtility.HtmlEncode(body)}</p><p><a href=\"/x?a=1&amp;b=2\">link</a></p>",
            Tags = [tag], Categories = ["c"], Published = new DateTimeOffset(2024, 1, day, 8, 0, 0, TimeSpan.FromHours(5.5)), Updated = new DateTimeOffset(2024, 2, day, 8, 0, 0, TimeSpan.Zero),
        };

    [Property(MaxTest = 60)]
    public Property ADocumentOfReusedEntries_IsTheDocumentOfFreshlyWrittenOnes_InEveryFormat()
    {
        var cases =
            from articles in Articles().ListOf().Select(a => a.DistinctBy(x => x.Slug).ToList())
            from title in Text()
            select (articles, title);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var feed = new FeedDefinition { Name = "news", Title = "News", Description = "All the news", Limit = 3 };
            var entries = Builder.Entries(feed, c.articles, DateTimeOffset.MaxValue);
            // The feed's documents write every entry first; the tag document, with other metadata around, reuses them.
            foreach (var format in FeedFormat.All)
            {
                format.Write(Builder.Document(new FeedChannel(feed), entries, FeedPage.Subscription(archives: 0)));
            }

            var tag = new FeedChannel(feed with { Name = "tag-" + c.articles.Count, Title = c.title, Description = c.title });
            var reused = Builder.Document(tag, entries, FeedPage.Archive(2));
            var fresh = reused with { Entries = [.. entries.Select(e => e with { })] };
            foreach (var format in FeedFormat.All)
            {
                var bytes = format.Write(reused);
                Assert.Equal(format.Write(fresh), bytes);
                Assert.Equal(Encoding.UTF8.GetString(InOnePiece(format.Extension, reused)), Encoding.UTF8.GetString(bytes));
                Assert.Equal(entries.Select(e => e.Id), EntryIds(format.Extension, bytes));
            }
        });
    }

    private static readonly string[] Slugs = ["kept", "let-go"];

    [Fact]
    public void AnEntry_IsWrittenOnce_UntilItsBytesAreLetGo()
    {
        var writes = new List<string>();
        var fragments = new EntryFragments(e =>
        {
            writes.Add(e.Id);
            return Encoding.UTF8.GetBytes(e.Id);
        });
        var feed = new FeedDefinition { Name = "news", Title = "News", Description = "All the news" };
        var articles = Slugs.Select(slug => new Article
        {
            Slug = slug, Title = slug, BodyHtml = "<p>b</p>", Published = DateTimeOffset.UnixEpoch, Updated = DateTimeOffset.UnixEpoch,
        }).ToList();
        var (kept, letGo) = (Builder.Entries(feed, articles, DateTimeOffset.MaxValue)[0], Builder.Entries(feed, articles, DateTimeOffset.MaxValue)[1]);

        var first = fragments.Splice("[]"u8, 1, [kept, letGo, kept], ","u8);
        fragments.KeepOnly(new HashSet<FeedEntry>([kept], ReferenceEqualityComparer.Instance));
        var second = fragments.Splice("[]"u8, 1, [kept, letGo], ","u8);

        Assert.Equal($"[{kept.Id},{letGo.Id},{kept.Id}]", Encoding.UTF8.GetString(first));
        Assert.Equal($"[{kept.Id},{letGo.Id}]", Encoding.UTF8.GetString(second));
        Assert.Equal([kept.Id, letGo.Id, letGo.Id], writes);
    }

    private static byte[] InOnePiece(string extension, FeedDocument document) => extension switch
    {
        "atom" => AtomWriter.WriteInOnePiece(document),
        "rss" => RssWriter.WriteInOnePiece(document),
        _ => JsonFeedWriter.WriteInOnePiece(document),
    };

    private static List<string> EntryIds(string extension, byte[] bytes)
    {
        if (extension == "json")
        {
            using var json = JsonDocument.Parse(bytes);
            return [.. json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
        }

        using var stream = new MemoryStream(bytes);
        var root = XDocument.Load(stream).Root!;
        return extension == "atom"
            ? [.. root.Elements(XName.Get("entry", "http://www.w3.org/2005/Atom")).Select(e => e.Element(XName.Get("id", "http://www.w3.org/2005/Atom"))!.Value)]
            : [.. root.Element("channel")!.Elements("item").Select(i => i.Element("guid")!.Value)];
    }
}
