using System.Xml.Linq;
using CodeHollow.FeedReader;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>
/// Renamed, retitled and moved articles as a reader sees them between runs: the documents read back with an independent
/// reader hold each article once, under the id it was first published with, and the operator is told to pin it.
/// </summary>
public sealed class EntryIdentityTests : IDisposable
{
    private const string Body = "A body long enough to be *the same text* after the file is renamed.";

    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();
    private ServiceFactory? _factory;

    [Theory]
    [InlineData("renamed", "Hello", "2024-02-01", Body)]
    [InlineData("renamed and retitled", "Hello, again", "2024-02-01", Body)]
    [InlineData("renamed and rewritten", "Hello", "2024-02-01", "Another body altogether.")]
    public async Task RenamedArticle_KeepsItsIdAndReadersSeeItOnce(string change, string title, string date, string body)
    {
        _feeds.WriteArticle("news", "hello.md", TempFeeds.Article("Hello", "2024-02-01", Body));
        var client = Start();
        await client.RegenerateAsync();
        var before = await client.ReadFeedAsync("/feeds/news.atom");
        var id = Single(before, "/news/hello").Id;

        _feeds.DeleteArticle("news", "hello.md");
        _feeds.WriteArticle("news", "hello-world.md", TempFeeds.Article(title, date, body));
        var report = (await client.RegenerateAsync()).Feed("news");

        var after = await client.ReadFeedAsync("/feeds/news.atom");
        Assert.True(before.Items.Select(i => i.Id).Order().SequenceEqual(after.Items.Select(i => i.Id).Order()), change);
        Assert.Equal(id, Single(after, "/news/hello-world").Id);
        Assert.Equal(after.Items.Count, after.Items.Select(i => i.Id).Distinct().Count());
        var warning = report.Warnings().About("news/hello-world.md");
        Assert.Contains("news/hello", warning.Message(), StringComparison.Ordinal);
        Assert.Contains($"id: {id}", warning.Hint(), StringComparison.Ordinal);
        Assert.Single((await client.ReadFeedAsync("/feed.atom")).Items, i => i.Id == id);
        // The entry was not deleted: no RFC 6721 tombstone says so.
        Assert.Empty(await DeletedAsync(client, "/feeds/news.atom"));
    }

    [Fact]
    public async Task ArticleMovedToAnotherFeed_KeepsItsId_InThatFeedAndTheCombinedFeed()
    {
        _feeds.AddFeed("zeta", "Zeta");
        _feeds.WriteArticle("news", "moving.md", TempFeeds.Article("Moving", "2024-02-01", Body));
        _feeds.WriteArticle("zeta", "staying.md", TempFeeds.Article("Staying", "2024-02-02"));
        var client = Start();
        await client.RegenerateAsync();
        var id = Single(await client.ReadFeedAsync("/feeds/news.atom"), "/news/moving").Id;

        File.Move(Path.Combine(_feeds.FeedsPath, "news", "moving.md"), Path.Combine(_feeds.FeedsPath, "zeta", "moving.md"));
        var report = await client.RegenerateAsync();

        Assert.Equal(id, Single(await client.ReadFeedAsync("/feeds/zeta.atom"), "/zeta/moving").Id);
        Assert.DoesNotContain((await client.ReadFeedAsync("/feeds/news.atom")).Items, i => i.Id == id);
        var combined = await client.ReadFeedAsync("/feed.atom");
        Assert.Single(combined.Items, i => i.Id == id);
        Assert.Equal(combined.Items.Count, combined.Items.Select(i => i.Id).Distinct().Count());
        Assert.Contains($"id: {id}", report.Feed("zeta").Warnings().About("zeta/moving.md").Hint(), StringComparison.Ordinal);
        // Gone from news, so news says so (RFC 6721); still in the combined feed, which says nothing.
        Assert.Equal([id], await DeletedAsync(client, "/feeds/news.atom"));
        Assert.Empty(await DeletedAsync(client, "/feed.atom"));
    }

    [Fact]
    public async Task AfterARestartAndANewBaseUrl_EveryIdStaysAndTheRenamedArticleKeepsItsOwn()
    {
        _feeds.WriteArticle("news", "hello.md", TempFeeds.Article("Hello", "2024-02-01", Body));
        var client = Start();
        await client.RegenerateAsync();
        var first = await client.ReadFeedAsync("/feeds/news.atom");
        var id = Single(first, "/news/hello").Id;
        _feeds.DeleteArticle("news", "hello.md");
        _feeds.WriteArticle("news", "renamed.md", TempFeeds.Article("Hello", "2024-02-01", Body));
        await client.RegenerateAsync();

        // A new process (the records are read back from the output folder) on another host name and path.
        client = Start(new Dictionary<string, string?> { ["Syndication:PublicBaseUrl"] = "https://elsewhere.example/blog/" });
        await client.RegenerateAsync();

        var after = await client.ReadFeedAsync("/feeds/news.atom");
        Assert.Equal(((CodeHollow.FeedReader.Feeds.AtomFeed)first.SpecificFeed).Id, ((CodeHollow.FeedReader.Feeds.AtomFeed)after.SpecificFeed).Id);
        Assert.Equal(first.Items.Select(i => i.Id).Order(), after.Items.Select(i => i.Id).Order());
        Assert.Equal(id, Single(after, "/news/renamed").Id);
        Assert.StartsWith("https://elsewhere.example/blog/", Single(after, "/news/renamed").Link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ReportsTheRenameAndSuggestsPinningTheId()
    {
        _feeds.WriteArticle("news", "hello.md", TempFeeds.Article("Hello", "2024-02-01", Body));
        var (generated, _) = await RunAsync("generate");
        Assert.Equal(0, generated);
        var id = Single(FeedReader.ReadFromFile(Path.Combine(_feeds.OutputPath, "news.atom")), "/news/hello").Id;
        _feeds.DeleteArticle("news", "hello.md");
        _feeds.WriteArticle("news", "hello-world.md", TempFeeds.Article("Hello", "2024-02-01", Body));

        var (exitCode, output) = await RunAsync("validate");

        Assert.Equal(1, exitCode);
        Assert.Contains("hello-world.md: warning: this article was renamed or moved", output, StringComparison.Ordinal);
        Assert.Contains($"id: {id}", output, StringComparison.Ordinal);
        // validate writes nothing: the next generate still decides, and keeps the id.
        Assert.Equal(0, (await RunAsync("generate")).ExitCode);
        Assert.Equal(id, Single(FeedReader.ReadFromFile(Path.Combine(_feeds.OutputPath, "news.atom")), "/news/hello-world").Id);
    }

    /// <summary>The refs of the document's at:deleted-entry elements (CodeHollow shows none, so read from the same bytes).</summary>
    private static async Task<List<string>> DeletedAsync(HttpClient client, string path) =>
        [.. XDocument.Parse(await client.GetStringAsync(path)).Root!.Elements(XName.Get("deleted-entry", "http://purl.org/atompub/tombstones/1.0")).Select(d => (string)d.Attribute("ref")!)];

    private static FeedItem Single(Feed feed, string linkEnd) => Assert.Single(feed.Items, i => i.Link.EndsWith(linkEnd, StringComparison.Ordinal));

    private Task<(int ExitCode, string Output)> RunAsync(string command) =>
        ServiceProcess.RunAsync(_feeds.Root, new Dictionary<string, string>(), command, "--feeds", _feeds.FeedsPath, "--out", _feeds.OutputPath, "--base-url", "http://feeds.test/");

    private HttpClient Start(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        _factory?.Dispose();
        _factory = new ServiceFactory(_feeds, overrides);
        return _factory.CreateClient();
    }

    public void Dispose()
    {
        _factory?.Dispose();
        _feeds.Dispose();
    }
}
