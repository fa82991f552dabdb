using System.Text;
using Syndication.Core.Building;
using Syndication.Core.Channels;
using Syndication.Core.Model;
using Syndication.Core.Parsing;
using Syndication.Core.Rendering;

namespace Syndication.Core.Tests.Safety;

/// <summary>One feed.yaml and one article taken all the way: parsed, built and written in every format, as the article's page, the feed's page and the index.</summary>
internal sealed record Published(FeedDefinition Feed, Article Article, IReadOnlyList<Problem> Problems, string Atom, string Rss, string Json, string Page, string Listing, string Index)
{
    public const string FeedYaml = "title: News\ndescription: The news\n";
    public const string ArticleText = "---\ntitle: Post\n---\nBody";

    public IEnumerable<(string Format, string Text)> Documents => [("atom", Atom), ("rss", Rss), ("json", Json), ("page", Page), ("listing", Listing), ("index", Index)];

    /// <summary>Fails the test when either file does not publish: every fault in this part must leave them publishable.</summary>
    public static Published From(string feedYaml = FeedYaml, string article = ArticleText)
    {
        var feedResult = FeedDefinitionParser.Parse("news", feedYaml, "news/feed.yaml", _ => null, DateTimeOffset.UnixEpoch);
        var feed = feedResult.Feed ?? throw new InvalidOperationException("feed.yaml did not publish: " + string.Join("\n", feedResult.Problems));
        var articleResult = FeedFolder.ParseArticle(article);
        var parsed = articleResult.Article ?? throw new InvalidOperationException("the article did not publish: " + string.Join("\n", articleResult.Problems));
        var document = new FeedBuilder(new PublicUrls(FeedFolder.BaseUrl)).Build(feed, [parsed], DateTimeOffset.MaxValue);
        return new Published(feed, parsed, [.. feedResult.Problems, .. articleResult.Problems],
            Encoding.UTF8.GetString(AtomWriter.Write(document)), Encoding.UTF8.GetString(RssWriter.Write(document)),
            Encoding.UTF8.GetString(JsonFeedWriter.Write(document)), Encoding.UTF8.GetString(HtmlPages.Article(document, Assert.Single(document.Entries))),
            Encoding.UTF8.GetString(HtmlPages.Listing(document)),
            Encoding.UTF8.GetString(HtmlPages.Index(document.Urls, new SiteChannel("Site", "Everything"), [new ChannelEntries(document.Channel, document.Entries)])));
    }

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="value"/>, control characters escaped.</summary>
    public static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u0085' or '\uFEFF' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
