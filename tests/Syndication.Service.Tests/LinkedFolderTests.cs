using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>
/// A folder of the output replaced by a symbolic link to somewhere else: the service never writes, reads or deletes
/// through it, in the running service or after a restart, whatever level the link is at.
/// </summary>
public sealed class LinkedFolderTests : IDisposable
{
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();

    public LinkedFolderTests()
    {
        _feeds.WriteFeedYaml("news", "title: News\ndescription: All the news\nlimit: 2\n");
        for (var day = 3; day <= 6; day++)
        {
            _feeds.WriteArticle("news", $"post-{day}.md", TempFeeds.Article($"Post {day}", $"2024-01-0{day}"));
        }

        _feeds.AddFeed("gone", "Gone");
        _feeds.WriteArticle("gone", "last-words.md", TempFeeds.Article("Last words", "2024-01-02"));
    }

    private string Elsewhere => Path.Combine(_feeds.Root, "elsewhere");

    [Theory]
    [InlineData("news", true)]
    [InlineData("news/archive", false)]
    [InlineData("_state", true)]
    [InlineData("gone", false)]
    [InlineData("planted", false)]
    public async Task LinkedFolder_IsNeverWrittenReadOrEmptiedThrough(string folder, bool writesThroughIt)
    {
        Dictionary<string, byte[]> written;
        await using (var first = new ServiceLife(_feeds))
        {
            await first.Client.RegenerateAsync();
            written = OutputAttacks.WrittenFiles(_feeds.OutputPath);
            LinkAway(folder);
            _feeds.WriteArticle("news", "first-post.md", TempFeeds.Article("First post, edited", "2024-01-02"));
            File.Delete(Path.Combine(_feeds.OutputPath, "index.html"));
            var report = (await first.Client.RegenerateAsync()).Feed("news");

            // One folder that cannot be written keeps nothing else from being restored (with _state linked, nothing can be recorded).
            Assert.Equal(folder != "_state", OutputAttacks.RegularFileBytes(Path.Combine(_feeds.OutputPath, "index.html")) is not null);
            if (writesThroughIt)
            {
                Assert.Contains($"'{folder}' in the output folder is a symbolic link", Assert.Single(report.Errors()).Message(), StringComparison.Ordinal);
            }

            await AssertNoSecretServedAsync(first.Client, written.Keys);
        }

        var target = OutputAttacks.WrittenFiles(Elsewhere);
        await using var second = new ServiceLife(_feeds);
        await second.Client.RegenerateAsync();
        await AssertNoSecretServedAsync(second.Client, written.Keys);
        Assert.Equal(target.Keys, OutputAttacks.WrittenFiles(Elsewhere).Keys);
        Assert.All(OutputAttacks.WrittenFiles(Elsewhere), f => Assert.Equal(target[f.Key], f.Value));
        Assert.All(target.Values, bytes => Assert.Contains(OutputAttacks.Secret, System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal));
        Assert.NotEmpty(target);
    }

    /// <summary>Moves an output folder away, fills it with secrets under the same names, and links it back in its place.</summary>
    private void LinkAway(string folder)
    {
        var link = Path.Combine(_feeds.OutputPath, folder);
        var away = Path.Combine(Elsewhere, folder.Replace('/', '-'));
        Directory.CreateDirectory(Elsewhere);
        if (folder == "planted")
        {
            // Never the service's: a link and a feed document beside it, as if "planted" were a feed that is gone.
            Directory.CreateDirectory(away);
            File.WriteAllText(Path.Combine(away, "victim.html"), OutputAttacks.Secret);
            File.WriteAllText(Path.Combine(_feeds.OutputPath, "planted.atom"), OutputAttacks.Secret);
        }
        else
        {
            if (folder == "gone")
            {
                Directory.Delete(Path.Combine(_feeds.FeedsPath, "gone"), recursive: true);
            }

            Directory.Move(link, away);
            foreach (var file in Directory.EnumerateFiles(away, "*", SearchOption.AllDirectories))
            {
                File.WriteAllText(file, $"<!DOCTYPE html><html><body>{OutputAttacks.Secret}</body></html>\n");
            }
        }

        Directory.CreateSymbolicLink(link, away);
    }

    private static async Task AssertNoSecretServedAsync(HttpClient client, IEnumerable<string> paths)
    {
        foreach (var url in paths.Select(OutputAttacks.UrlOf).OfType<string>())
        {
            var (status, body) = await OutputAttacks.GetAsync(client, url);
            Assert.False(System.Text.Encoding.UTF8.GetString(body).Contains(OutputAttacks.Secret, StringComparison.Ordinal), $"{url} ({status}) served the secret");
        }
    }

    public void Dispose() => _feeds.Dispose();
}
