using Syndication.Core.Building;
using Syndication.Core.Model;
using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>
/// Entry ids are unique across the site, not only within a feed: a reader that follows two feeds would otherwise see
/// two entries as one. An id belongs to the article that claimed it first; a later one is reported and left out.
/// </summary>
internal sealed class SiteEntryIds
{
    private readonly Dictionary<string, string> _owners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byFeed = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>The source without articles whose id another article (in any feed) already holds; this feed's own claims are renewed.</summary>
    public FeedSource Claim(FeedSource source)
    {
        var kept = new List<Article>();
        var problems = source.Problems.ToList();
        lock (_lock)
        {
            Release(source.Name);
            var claimed = _byFeed[source.Name] = [];
            foreach (var article in source.Articles)
            {
                var id = article.Id ?? EntryIds.ForArticle(source.Name, article.Slug);
                if (_owners.TryGetValue(id, out var owner))
                {
                    problems.Add(Problem.Error(article.File, 0, $"the entry id '{id}' is already used by {owner}; this article is skipped",
                        "Give this article its own 'id:' (ids must be unique across all feeds), or remove the 'id:' line to get one made from its feed and slug"));
                    continue;
                }

                _owners[id] = article.File;
                claimed.Add(id);
                kept.Add(article);
            }
        }

        return source with { Articles = kept, Problems = problems };
    }

    /// <summary>Gives up every id a feed held, when the feed is gone.</summary>
    public void Forget(string feed)
    {
        lock (_lock)
        {
            Release(feed);
            _byFeed.Remove(feed);
        }
    }

    private void Release(string feed)
    {
        foreach (var id in _byFeed.GetValueOrDefault(feed) ?? [])
        {
            _owners.Remove(id);
        }
    }
}
