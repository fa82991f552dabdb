using Syndication.Core.Model;

namespace Syndication.Service.Storage;

/// <summary>Within one feed, the first file (by name) keeps a slug or id; another article using it is reported and skipped.</summary>
internal static class DuplicateArticles
{
    /// <summary>Two articles with one slug or id would be one entry twice in a reader: the first file (by name) wins.</summary>
    public static List<Article> Remove(List<Article> articles, List<Problem> problems)
    {
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<Article>();
        foreach (var article in articles)
        {
            if (!slugs.Add(article.Slug) || (article.Id is { } id && !ids.Add(id)))
            {
                problems.Add(Problem.Error(article.File, 0, $"another article already uses the slug '{article.Slug}' or the id '{article.Id}'; this one is skipped",
                    "Give each article its own file name (or 'slug:') and its own 'id:'"));
                continue;
            }

            kept.Add(article);
        }

        return kept;
    }
}
