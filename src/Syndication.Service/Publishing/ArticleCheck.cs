using Syndication.Core.Building;
using Syndication.Core.Model;
using Syndication.Core.Rendering;

namespace Syndication.Service.Publishing;

/// <summary>
/// Builds and serialises a feed's articles as the publisher will, before anything is written, and names the ones that
/// throw: all together first (one pass), each alone only when that fails. A run uses it only when planning the feed
/// failed, so the usual run builds everything once.
/// </summary>
internal sealed class ArticleCheck(FeedBuilder builder, FeedSerialiser serialiser)
{
    /// <summary>The articles that cannot be built, serialised in some format or rendered as a page, each with its exception.</summary>
    public IReadOnlyList<(Article Article, Exception Fault)> Faulty(FeedDefinition definition, IReadOnlyList<Article> articles, DateTimeOffset now)
    {
        if (Fault(definition, articles, now) is null)
        {
            return [];
        }

        return [.. articles.Select(a => (Article: a, Fault: Fault(definition, [a], now))).Where(f => f.Fault is not null).Select(f => (f.Article, f.Fault!))];
    }

    private Exception? Fault(FeedDefinition definition, IReadOnlyList<Article> articles, DateTimeOffset now)
    {
        try
        {
            var document = builder.Document(definition, builder.Entries(definition, articles, now), FeedPage.Unknown);
            _ = serialiser.Serialise(document);
            _ = Enumerable.Range(0, document.Entries.Count).Select(i => HtmlPages.Article(document, i)).ToList();
            _ = HtmlPages.Listing(document);
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
