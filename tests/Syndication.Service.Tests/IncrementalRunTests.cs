using Microsoft.Extensions.DependencyInjection;
using Syndication.Core.Parsing;
using Syndication.Service.Storage;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>
/// Runs do work in proportion to what changed: nothing parsed or written when nothing changed, nothing parsed after a
/// restart over persisted output, one file parsed and only the documents holding it rewritten after one edit.
/// Parsing is counted through the parser the service resolves; writes through the output folder's file times.
/// </summary>
public sealed class IncrementalRunTests : IDisposable
{
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();
    private int _parsed;

    public IncrementalRunTests()
    {
        _feeds.WriteArticle("news", "second-post.md", TempFeeds.Article("Second post", "2024-01-03"));
        _feeds.WriteArticle("news", "third-post.md", TempFeeds.Article("Third post", "2024-01-04"));
    }

    private ServiceFactory Start() =>
        new(_feeds, replaceServices: services => services.AddSingleton<ArticleParse>((text, file, isMarkdown, zone, fileTime) =>
        {
            Interlocked.Increment(ref _parsed);
            return ArticleParser.Parse(text, file, isMarkdown, zone, fileTime);
        }));

    [Fact]
    public async Task NothingChanged_ParsesNothingAndWritesNothing()
    {
        using var factory = Start();
        using var client = factory.CreateClient();
        await client.WaitForFirstRunAsync();
        Assert.Equal(3, _parsed);
        var before = FileTimes();

        await client.RegenerateAsync();

        Assert.Equal(3, _parsed);
        Assert.Equal(before, FileTimes());
    }

    [Fact]
    public async Task Restart_OverPersistedOutput_ParsesNothingAndServesEverything()
    {
        using (var first = Start())
        using (var client = first.CreateClient())
        {
            await client.WaitForFirstRunAsync();
        }

        _parsed = 0;
        using var factory = Start();
        using var restarted = factory.CreateClient();
        await restarted.WaitForFirstRunAsync();

        Assert.Equal(0, _parsed);
        await FormatTitles.AssertAllShowAsync(restarted, "news", "First post", "Second post", "Third post");
    }

    [Fact]
    public async Task OneEdit_ParsesThatFileAndRewritesOnlyTheDocumentsHoldingIt()
    {
        using var factory = Start();
        using var client = factory.CreateClient();
        await client.WaitForFirstRunAsync();
        var before = FileTimes();
        _feeds.WriteArticle("news", "second-post.md", TempFeeds.Article("Second post", "2024-01-03", "Edited *words* here."));

        await client.RegenerateAsync();

        Assert.Equal(4, _parsed);
        var rewritten = FileTimes().Where(f => !f.Key.StartsWith("_state/", StringComparison.Ordinal) && before.GetValueOrDefault(f.Key) != f.Value)
            .Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["news.atom", "news.json", "news.rss", "news/second-post.html", "~site/feed.atom", "~site/feed.json", "~site/feed.rss"], rewritten);
        Assert.All(rewritten, path => Assert.Contains("Edited", File.ReadAllText(Path.Combine(_feeds.OutputPath, path)), StringComparison.Ordinal));
    }

    public void Dispose() => _feeds.Dispose();

    /// <summary>Every file of the output folder with its write time and length.</summary>
    private Dictionary<string, (DateTime, long)> FileTimes() =>
        Directory.EnumerateFiles(_feeds.OutputPath, "*", SearchOption.AllDirectories)
            .Select(f => new FileInfo(f))
            .ToDictionary(f => Path.GetRelativePath(_feeds.OutputPath, f.FullName).Replace(Path.DirectorySeparatorChar, '/'), f => (f.LastWriteTimeUtc, f.Length), StringComparer.Ordinal);
}
