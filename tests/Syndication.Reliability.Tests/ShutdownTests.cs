using System.Diagnostics;
using Syndication.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace Syndication.Reliability.Tests;

public sealed class ShutdownTests(ITestOutputHelper output) : IDisposable
{
    private const string Feed = "big";
    private readonly TempFeeds _content = new();

    [Fact]
    public async Task SigtermMidRun_ExitsWithin35SecondsLeavingNoTempFilesAndOnlyWholeDocuments()
    {
        _content.AddFeed(Feed, "Big");
        _content.WriteArticles(Feed, 1000);
        using var firstWrite = new FirstWrite(_content.OutputPath);
        using var service = ServiceProcess.Start(_content);
        await service.WaitUntilServingAsync("/healthz", TimeSpan.FromSeconds(30));
        var regenerate = AdminRequests.RegenerateUntilStoppedAsync(service);
        Assert.True(await firstWrite.WaitAsync(TimeSpan.FromSeconds(30)), "the start-up run wrote nothing:\n" + service.Output);
        await Task.Delay(300);
        var writtenBefore = PublishedFiles.Documents(_content.OutputPath).Count;
        Assert.DoesNotContain($"Feed {Feed} regenerated", service.Output, StringComparison.Ordinal);

        var clock = Stopwatch.StartNew();
        service.Terminate();
        var exited = await service.ExitsWithinAsync(TimeSpan.FromSeconds(35));
        clock.Stop();
        var regenerateStatus = await regenerate;

        Assert.True(exited, $"still running {clock.Elapsed.TotalSeconds:0} s after SIGTERM:\n{service.Output}");
        var documents = PublishedFiles.Documents(_content.OutputPath);
        output.WriteLine($"SIGTERM with {writtenBefore} documents written; exit code {service.ExitCode} after {clock.ElapsedMilliseconds} ms; " +
            $"{documents.Count} documents then; the waiting regenerate request got {regenerateStatus?.ToString() ?? "no answer"}");
        Assert.Equal(0, service.ExitCode);
        var temp = PublishedFiles.TempFiles(_content.OutputPath);
        Assert.True(temp.Count == 0, "temporary files left: " + string.Join(", ", temp.Select(f => Path.GetRelativePath(_content.OutputPath, f))));
        Assert.Empty(PublishedFiles.MalformedDocuments(_content.OutputPath));
        Assert.DoesNotContain("   at ", service.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _content.Dispose();
}
