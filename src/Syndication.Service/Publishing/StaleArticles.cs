using System.Text.Json;
using Syndication.Core.Model;
using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>
/// Readers lose nothing to a typo: an article that was published before and now cannot be read keeps its last good
/// version in the documents, reported as stale. The last good version of every article is kept beside the documents.
/// </summary>
internal sealed class StaleArticles(IDocumentStore store, StateFiles state)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>The source with last good versions standing in for articles that failed.</summary>
    public FeedSource Apply(FeedSource source)
    {
        var lastGood = Load(source.Name);
        var articles = source.Articles.ToList();
        var problems = source.Problems.ToList();
        var slugs = articles.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var file in source.FailedFiles)
        {
            if (lastGood.TryGetValue(file, out var previous) && slugs.Add(previous.Slug))
            {
                articles.Add(previous);
                problems.Add(Problem.Warning(file, 0, "stale: this file has errors, so its last good version is still published",
                    "Fix the errors reported for this file; the new version replaces the old one on the next run"));
            }
        }

        return source with { Articles = articles, Problems = problems };
    }

    /// <summary>Remembers what was just published as the last good version of each article, once it is out.</summary>
    public Task RecordAsync(string feed, IReadOnlyList<Article> published, CancellationToken cancellationToken) =>
        store.PublishAsync(StatePath(feed), JsonSerializer.SerializeToUtf8Bytes(published.ToDictionary(a => a.File, StringComparer.Ordinal), Json), cancellationToken);

    public void Forget(string feed) => store.Remove(StatePath(feed));

    // A state file from another version or a damaged disk is no reason to fail a run; the next run writes a new one.
    private Dictionary<string, Article> Load(string feed) =>
        state.Read<Dictionary<string, Article>>(feed, StatePath(feed),
            articles => articles.Values.All(a => a is { Slug: not null, Title: not null, BodyHtml: not null, File: not null, Authors: not null, Tags: not null, Categories: not null }), Json);

    private static string StatePath(string feed) => $"{DocumentPaths.State}/{feed}.articles.json";
}
