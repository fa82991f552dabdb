using Syndication.Core.Model;
using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>
/// Readers lose nothing to a typo: an article that was published before and now cannot be read keeps its last good
/// version in the documents, reported as stale. The last good version comes from the <see cref="ParseCache"/>, which
/// keeps it only for files that fail now, so there is no second copy of the corpus.
/// </summary>
internal sealed class StaleArticles(FeedSourceReader sources, ParseCache cache)
{
    /// <summary>The source with last good versions standing in for articles that failed.</summary>
    public FeedSource Apply(FeedSource source)
    {
        var articles = source.Articles.ToList();
        var problems = source.Problems.ToList();
        var slugs = articles.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var file in source.FailedFiles)
        {
            if (sources.LastGood(source.Name, file) is { } previous && slugs.Add(previous.Slug))
            {
                articles.Add(previous);
                problems.Add(Problem.Warning(file, 0, "stale: this file has errors, so its last good version is still published",
                    "Fix the errors reported for this file; the new version replaces the old one on the next run"));
            }
        }

        return source with { Articles = articles, Problems = problems };
    }

    /// <summary>Persists what was parsed for the feed, once its documents are out.</summary>
    public Task RecordAsync(string feed, CancellationToken cancellationToken) => cache.SaveAsync(feed, cancellationToken);

    public Task ForgetAsync(string feed) => cache.ForgetAsync(feed);
}
