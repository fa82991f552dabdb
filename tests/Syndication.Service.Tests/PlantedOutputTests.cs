using System.Net;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>
/// Someone else writes in the output folder: files and links the service never wrote must never be served, deleted or
/// written through, before or after a restart, and no name that is not a slug is ever taken for a feed.
/// </summary>
public sealed class PlantedOutputTests : IDisposable
{
    /// <summary>Places where the service would serve a document it never wrote, and the URL that would serve it.</summary>
    private static readonly (string Path, string Url)[] Targets =
    [
        ("news/leak.html", "/feeds/news/leak"), ("leak.atom", "/feeds/leak.atom"), ("leak.rss", "/feeds/leak.rss"), ("leak.json", "/feeds/leak.json"),
        ("news/archive/9.atom", "/feeds/news/archive/9.atom"), ("ghost/page.html", "/feeds/ghost/page"), ("ghost/archive/1.json", "/feeds/ghost/archive/1.json"),
    ];

    private readonly TempFeeds _feeds = NewsWithArchive();
    private readonly string _secret;

    public PlantedOutputTests() => _secret = OutputAttacks.SecretFile(_feeds);

    public static TheoryData<string> Plants => new(OutputAttacks.Plants);

    public static TheoryData<string> NotSlugs => new(
        "..atom", ".atom", "-.atom", "UPPER.atom", "with space.atom", "ünï.atom", "_state.atom", "a..b.atom", "news..atom", "news-.atom", "ｎｅｗｓ.atom", "news\u200b.atom", "index.atom");

    [Theory]
    [MemberData(nameof(Plants))]
    public async Task PlantedFile_IsNeverServedNorDeleted_BeforeOrAfterARestart(string kind)
    {
        await using (var first = new ServiceLife(_feeds))
        {
            await first.Client.RegenerateAsync();
            PlantEverywhere(kind);
            await AssertNothingPlantedIsServedAsync(first.Client, "in the running service");
        }

        await using var second = new ServiceLife(_feeds);
        await AssertNothingPlantedIsServedAsync(second.Client, "right after a restart");
        await second.Client.RegenerateAsync();
        await AssertNothingPlantedIsServedAsync(second.Client, "after a run");
        foreach (var (path, _) in Targets)
        {
            Assert.True(Exists(Path.Combine(_feeds.OutputPath, path)), $"{path} ({kind}) was deleted, but the service never wrote it");
        }

        Assert.Contains(OutputAttacks.Secret, File.ReadAllText(_secret), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NotSlugs))]
    public async Task FileWhoseNameIsNotASlug_IsNeverTakenForAFeed(string name)
    {
        Dictionary<string, byte[]> before;
        await using (var service = new ServiceLife(_feeds))
        {
            await service.Client.RegenerateAsync();
            before = OutputAttacks.WrittenFiles(_feeds.OutputPath);
            File.WriteAllText(Path.Combine(_feeds.OutputPath, name), "planted");
            var stem = name[..^".atom".Length];
            Directory.CreateDirectory(Path.Combine(_feeds.OutputPath, stem is "" or "." or ".." ? "x" : stem));
            await service.Client.RegenerateAsync();
        }

        await using var restarted = new ServiceLife(_feeds);
        await restarted.Client.RegenerateAsync();

        Assert.Equal("planted", File.ReadAllText(Path.Combine(_feeds.OutputPath, name)));
        foreach (var (path, bytes) in before)
        {
            Assert.Equal(bytes, OutputAttacks.RegularFileBytes(Path.Combine(_feeds.OutputPath, path)));
            if (OutputAttacks.UrlOf(path) is { } url)
            {
                var (status, body) = await OutputAttacks.GetAsync(restarted.Client, url);
                Assert.True(status == HttpStatusCode.OK && body.AsSpan().SequenceEqual(bytes), $"{url} answered {status} with other bytes than before");
            }
        }
    }

    /// <summary>A feed "news" whose limit of 2 puts older articles on archive pages; "ghost" is no feed at all.</summary>
    private static TempFeeds NewsWithArchive()
    {
        var feeds = TempFeeds.WithNewsFeed();
        feeds.WriteFeedYaml("news", "title: News\ndescription: All the news\nlimit: 2\n");
        for (var day = 3; day <= 6; day++)
        {
            feeds.WriteArticle("news", $"post-{day}.md", TempFeeds.Article($"Post {day}", $"2024-01-0{day}"));
        }

        return feeds;
    }

    private void PlantEverywhere(string kind)
    {
        foreach (var (path, _) in Targets)
        {
            OutputAttacks.Plant(kind, Path.Combine(_feeds.OutputPath, path), _secret);
        }
    }

    private static async Task AssertNothingPlantedIsServedAsync(HttpClient client, string when)
    {
        foreach (var (path, url) in Targets)
        {
            var (status, body) = await OutputAttacks.GetAsync(client, url);
            Assert.True(status == HttpStatusCode.NotFound, $"{when}: {url} (planted {path}) answered {status}");
            Assert.DoesNotContain(OutputAttacks.Secret, System.Text.Encoding.UTF8.GetString(body), StringComparison.Ordinal);
        }
    }

    private static bool Exists(string path) => new FileInfo(path) is var file && (file.Exists || file.LinkTarget is not null);

    public void Dispose() => _feeds.Dispose();
}
