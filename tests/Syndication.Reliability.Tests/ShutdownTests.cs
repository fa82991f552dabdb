using System.Diagnostics;
using Syndication.Reliability.Tests.Support;
using Syndication.Testing;
using Xunit.Abstractions;

namespace Syndication.Reliability.Tests;

public sealed class ShutdownTests(ITestOutputHelper output) : IDisposable
{
    private const string Feed = "big";
    private const int Articles = 2000;
    private readonly TempFeeds _content = new();

    [Fact]
    public async Task SigtermMidRun_ExitsWithin35SecondsLeavingNoTempFilesAndOnlyWholeDocuments()
    {
        _content.AddFeed(Feed, "Big");
        _content.WriteArticles(Feed, Articles);
        using var firstWrite = new FirstWrite(_content.OutputPath);
        using var service = ServiceProcess.Start(_content);
        await service.WaitUntilServingAsync("/healthz", TimeSpan.FromSeconds(30));
        var regenerate = AdminRequests.RegenerateUntilStoppedAsync(service);
        Assert.True(await firstWrite.WaitAsync(TimeSpan.FromSeconds(30)), "the start-up run wrote nothing:\n" + service.Output);
        // Mid-run means while the run writes its documents: the first write may be the store's own files, made long before
        // the run reaches its pages, and a fixed delay after it let a fast run finish first (it failed so once in CI).
        // Article pages come first, 2,000 of them, and the feed's documents last.
        var writtenBefore = await Poll.UntilAsync(() => ArticlePages() is { Count: >= 10 } pages ? pages : null, "the run's first article pages", TimeSpan.FromSeconds(60));
        Assert.DoesNotContain($"Feed {Feed} regenerated", service.Output, StringComparison.Ordinal);

        var clock = Stopwatch.StartNew();
        service.Terminate();
        var exited = await service.ExitsWithinAsync(TimeSpan.FromSeconds(35));
        clock.Stop();
        var regenerateStatus = await regenerate;

        Assert.True(exited, $"still running {clock.Elapsed.TotalSeconds:0} s after SIGTERM:\n{service.Output}");
        var documents = PublishedFiles.Documents(_content.OutputPath);
        output.WriteLine($"SIGTERM with {writtenBefore.Count} article pages written; exit code {service.ExitCode} after {clock.ElapsedMilliseconds} ms; " +
            $"{documents.Count} documents then; the waiting regenerate request got {regenerateStatus?.ToString() ?? "no answer"}");
        Assert.Equal(0, service.ExitCode);
        var temp = PublishedFiles.TempFiles(_content.OutputPath);
        Assert.True(temp.Count == 0, "temporary files left: " + string.Join(", ", temp.Select(f => Path.GetRelativePath(_content.OutputPath, f))));
        Assert.Empty(PublishedFiles.MalformedDocuments(_content.OutputPath));
        Assert.DoesNotContain("   at ", service.Output, StringComparison.Ordinal);
    }

    private List<string> ArticlePages() =>
        [.. PublishedFiles.Documents(_content.OutputPath).Where(f => f.EndsWith(".html", StringComparison.Ordinal) && Path.GetDirectoryName(f)!.EndsWith(Feed, StringComparison.Ordinal))];

    public void Dispose() => _content.Dispose();
}
