using System.Text.Json;
using Syndication.Core.Model;
using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>
/// Readers lose nothing to a typo: an article that was published before and now cannot be read keeps its last good
/// version in the documents, reported as stale. The last good version of every article is kept beside the documents.
/// </summary>
internal sealed class StaleArticles(IDocumentStore store)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>The source with last good versions standing in for articles that failed; records the good ones for next time.</summary>
    public async Task<FeedSource> ApplyAsync(FeedSource source, CancellationToken cancellationToken)
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

        var good = articles.ToDictionary(a => a.File, StringComparer.Ordinal);
        await store.PublishAsync(StatePath(source.Name), JsonSerializer.SerializeToUtf8Bytes(good, Json), cancellationToken);
        return source with { Articles = articles, Problems = problems };
    }

    public void Forget(string feed) => store.Remove(StatePath(feed));

    private Dictionary<string, Article> Load(string feed)
    {
        try
        {
            return store.Get(StatePath(feed)) is { } stored
                ? JsonSerializer.Deserialize<Dictionary<string, Article>>(stored.Bytes, Json) ?? []
                : [];
        }
        catch (JsonException)
        {
            // A state file from another version is no reason to fail a run; the next run writes a new one.
            return [];
        }
    }

    private static string StatePath(string feed) => $"{DocumentPaths.State}/{feed}.articles.json";
}
