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
        using var service = ServiceProcess.Start(_content);
        // Mid-run means while the run writes its documents: article pages come first, 2,000 of them, and the feed's
        // documents last. The signal goes from the file watcher's own thread as the 10th page appears: a probe polled
        // from the test (a fixed delay, then a 50 ms poll) depended on the test's thread pool, which other tests can
        // keep busy past the whole run (it failed so twice).
        var logAtSignal = "";
        using var tenthPage = new ArticlePageCount(_content.OutputPath, Feed, 10, () =>
        {
            logAtSignal = service.Output;
            service.Terminate();
        });
        await service.WaitUntilServingAsync("/healthz", TimeSpan.FromSeconds(30));
        var regenerate = AdminRequests.RegenerateUntilStoppedAsync(service);
        Assert.True(await tenthPage.WaitAsync(TimeSpan.FromSeconds(60)), "the run wrote fewer than 10 article pages:\n" + service.Output);
        Assert.DoesNotContain($"Feed {Feed} regenerated", logAtSignal, StringComparison.Ordinal);
        var clock = Stopwatch.StartNew();
        var exited = await service.ExitsWithinAsync(TimeSpan.FromSeconds(35));
        clock.Stop();
        var regenerateStatus = await regenerate;

        Assert.True(exited, $"still running {clock.Elapsed.TotalSeconds:0} s after SIGTERM:\n{service.Output}");
        var documents = PublishedFiles.Documents(_content.OutputPath);
        output.WriteLine($"SIGTERM at the 10th article page, {ArticlePages().Count} written when it exited; exit code {service.ExitCode} after {clock.ElapsedMilliseconds} ms; " +
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
