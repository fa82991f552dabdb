using System.Net;
using Syndication.Service.Tests.Support;
using Xunit.Abstractions;

namespace Syndication.Service.Tests;

/// <summary>
/// Files the service wrote, deleted, emptied, cut, edited or replaced by links, FIFOs or hard links behind its back:
/// the next run writes each again (its old bytes, as a regular file), and meanwhile nothing altered is ever served.
/// Each rotation gives every file another kind of damage, so each kind meets feeds, pages, archive pages, the index and state.
/// </summary>
public sealed class TamperedOutputTests : IDisposable
{
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();
    private readonly ITestOutputHelper _output;
    private readonly string _secret;

    public TamperedOutputTests(ITestOutputHelper output)
    {
        _output = output;
        _feeds.WriteFeedYaml("news", "title: News\ndescription: All the news\nlimit: 2\n");
        for (var day = 3; day <= 6; day++)
        {
            _feeds.WriteArticle("news", $"post-{day}.md", TempFeeds.Article($"Post {day}", $"2024-01-0{day}"));
        }

        _secret = OutputAttacks.SecretFile(_feeds);
    }

    public static TheoryData<int> Rotations => new(Enumerable.Range(0, OutputAttacks.Tampers.Length));

    [Theory]
    [MemberData(nameof(Rotations))]
    public async Task FilesAlteredWhileRunning_AreWrittenAgainByTheNextRun(int rotation)
    {
        await using var service = new ServiceLife(_feeds);
        await service.Client.RegenerateAsync();
        var written = OutputAttacks.WrittenFiles(_feeds.OutputPath);
        TamperAll(written.Keys, rotation);

        await AssertServedAsync(service.Client, written, mayBeMissing: false);
        await service.Client.RegenerateAsync();

        AssertOnDisk(written);
        await AssertServedAsync(service.Client, written, mayBeMissing: false);
    }

    [Theory]
    [MemberData(nameof(Rotations))]
    public async Task FilesAlteredWhileStopped_AreNeverServedAndTheNextRunWritesThemAgain(int rotation)
    {
        Dictionary<string, byte[]> written;
        await using (var first = new ServiceLife(_feeds))
        {
            await first.Client.RegenerateAsync();
            written = OutputAttacks.WrittenFiles(_feeds.OutputPath);
        }

        TamperAll(written.Keys, rotation);
        await using var second = new ServiceLife(_feeds);
        await AssertServedAsync(second.Client, written, mayBeMissing: true);
        await second.Client.RegenerateAsync();

        // Archive pages are written once, when they fill: bytes lost while the service was down cannot come back.
        var rebuilt = written.Where(f => !f.Key.Contains("/archive/", StringComparison.Ordinal)).ToDictionary();
        AssertOnDisk(rebuilt);
        await AssertServedAsync(second.Client, rebuilt, mayBeMissing: false);
        await AssertServedAsync(second.Client, written, mayBeMissing: true);
    }

    private void TamperAll(IEnumerable<string> paths, int rotation)
    {
        foreach (var (path, i) in paths.Select((p, i) => (p, i)))
        {
            var kind = OutputAttacks.Tampers[(i + rotation) % OutputAttacks.Tampers.Length];
            _output.WriteLine($"{path}: {kind}");
            OutputAttacks.Tamper(kind, Path.Combine(_feeds.OutputPath, path), _secret);
        }
    }

    private void AssertOnDisk(Dictionary<string, byte[]> written)
    {
        foreach (var (path, bytes) in written)
        {
            var onDisk = OutputAttacks.RegularFileBytes(Path.Combine(_feeds.OutputPath, path));
            Assert.True(onDisk is not null && onDisk.AsSpan().SequenceEqual(bytes), $"{path} is not a regular file with its old bytes again");
        }

        Assert.Contains(OutputAttacks.Secret, File.ReadAllText(_secret), StringComparison.Ordinal);
    }

    /// <summary>Every served document is exactly what the service wrote (or, where allowed, not there yet): never altered bytes.</summary>
    private static async Task AssertServedAsync(HttpClient client, Dictionary<string, byte[]> written, bool mayBeMissing)
    {
        foreach (var (path, bytes) in written)
        {
            if (OutputAttacks.UrlOf(path) is not { } url)
            {
                continue;
            }

            var (status, body) = await OutputAttacks.GetAsync(client, url);
            var ours = status == HttpStatusCode.OK && body.AsSpan().SequenceEqual(bytes);
            Assert.True(ours || (mayBeMissing && status == HttpStatusCode.NotFound), $"{url} answered {status} with {body.Length} bytes, not the {bytes.Length} the service wrote");
        }
    }

    public void Dispose() => _feeds.Dispose();
}
