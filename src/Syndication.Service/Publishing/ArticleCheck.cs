using Syndication.Core.Building;
using Syndication.Core.Model;
using Syndication.Core.Rendering;

namespace Syndication.Service.Publishing;

/// <summary>
/// Finds which articles a failed publish choked on, by building and serialising each alone as the publisher would:
/// only asked after a failure, so a good run pays nothing for it.
/// </summary>
internal sealed class ArticleCheck(FeedBuilder builder, FeedSerialiser serialiser)
{
    /// <summary>The articles that cannot be built, serialised in some format or rendered as a page, each with its exception.</summary>
    public IReadOnlyList<(Article Article, Exception Fault)> Faulty(FeedDefinition definition, IEnumerable<Article> articles, DateTimeOffset now)
    {
        var faulty = new List<(Article, Exception)>();
        foreach (var article in articles)
        {
            try
            {
                var document = builder.Document(definition, builder.Entries(definition, [article], now), FeedPage.Unknown);
                _ = serialiser.Serialise(document);
                _ = document.Entries.Select(e => HtmlPages.Article(document, e)).ToList();
            }
            catch (Exception e)
            {
                faulty.Add((article, e));
            }
        }

        return faulty;
    }
}
