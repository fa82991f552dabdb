using System.Diagnostics;
using Syndication.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace Syndication.Reliability.Tests;

public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const string Feed = "big";
    private const int Articles = 1000;
    private const int Kills = 24;
    private static readonly Dictionary<string, string> EverySecond = new() { ["Syndication:Schedule"] = ServiceCommand.EverySecond };
    private readonly TempFeeds _content = new();

    [Fact]
    public async Task KilledAtRandomPoints_TheOutputFolderOnlyEverHoldsWholeDocuments()
    {
        var clock = Stopwatch.StartNew();
        _content.AddFeed(Feed, "Big");
        _content.WriteArticles(Feed, Articles);
        await PublishOnceAsync("Article 1000");
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var previous = OutputSnapshot.Take(_content.OutputPath);
        var (changedKills, changedDocuments, tempLeftovers) = (0, 0, 0);
        for (var kill = 0; kill < Kills; kill++)
        {
            Edit(kill);
            var anchor = (Anchor)(kill % 3);
            var delay = random.Next(50, 1501);
            await KillAsync(anchor, delay);
            var snapshot = OutputSnapshot.Take(_content.OutputPath);
            Assert.True(snapshot.Malformed.Count == 0, $"kill {kill} ({delay} ms after {anchor}, seed {seed}):\n" + string.Join("\n", snapshot.Malformed));
            Assert.Empty(snapshot.StrangeTempFiles);
            var changed = snapshot.ChangedSince(previous);
            (changedKills, changedDocuments, tempLeftovers) = (changedKills + (changed > 0 ? 1 : 0), changedDocuments + changed, tempLeftovers + snapshot.TempFiles.Count);
            output.WriteLine($"kill {kill,2}: {delay,4} ms after {anchor,-10}; {snapshot.Hashes.Count} documents, {changed} changed, {snapshot.TempFiles.Count} temp files left");
            previous = snapshot;
        }

        await PublishOnceAsync($"Article 1000, edit {Kills - 1}");
        var final = OutputSnapshot.Take(_content.OutputPath);
        Assert.Empty(final.Malformed);
        Assert.Empty(final.TempFiles);
        output.WriteLine($"{Kills} kills (seed {seed}) in {clock.Elapsed.TotalSeconds:0} s; {changedKills} kills followed runs that changed documents " +
            $"({changedDocuments} document writes seen in all); {tempLeftovers} temp files left by kills, none after a restart; {final.Hashes.Count} documents, all whole");
        Assert.True(changedKills >= Kills / 4, $"only {changedKills} of {Kills} kills came after a run had written anything; the test did not test much");
    }

    /// <summary>
    /// What the random delay before SIGKILL counts from: the process start, an admin regenerate request sent as soon as it
    /// answers, or the first file the run writes (a 1,000-article run reads and compares for seconds before it writes).
    /// </summary>
    private enum Anchor
    {
        Start,
        Regenerate,
        FirstWrite,
    }

    private async Task KillAsync(Anchor anchor, int delay)
    {
        using var firstWrite = new FirstWrite(_content.OutputPath);
        using var service = ServiceProcess.Start(_content, EverySecond);
        var regenerate = Task.CompletedTask;
        if (anchor == Anchor.Regenerate)
        {
            await service.WaitUntilServingAsync("/healthz", TimeSpan.FromSeconds(30));
            regenerate = AdminRequests.RegenerateUntilStoppedAsync(service);
        }
        else if (anchor == Anchor.FirstWrite)
        {
            Assert.True(await firstWrite.WaitAsync(TimeSpan.FromSeconds(60)), "the run wrote nothing within 60 s:\n" + service.Output);
        }

        await Task.Delay(delay);
        service.Kill();
        await regenerate;
    }

    /// <summary>Before each kill the content changes, so the run has something to write: the newest title, ten bodies, every third kill a new article.</summary>
    private void Edit(int kill)
    {
        _content.WriteArticle(Feed, TempFeeds.ArticleFile(Articles), TempFeeds.NumberedArticle(Articles, $"edit {kill}", $"Article 1000, edit {kill}"));
        for (var i = 0; i < 10; i++)
        {
            var number = 1 + ((kill * 97 + i * 101) % (Articles - 1));
            _content.WriteArticle(Feed, TempFeeds.ArticleFile(number), TempFeeds.NumberedArticle(number, $"edit {kill}"));
        }

        if (kill % 3 == 0)
        {
            _content.WriteArticle(Feed, $"extra-{kill:D2}.md", TempFeeds.Article($"Extra {kill}", "2023-06-01"));
        }
    }

    /// <summary>Runs the service until the atom document holds <paramref name="title"/>, then stops it cleanly.</summary>
    private async Task PublishOnceAsync(string title)
    {
        using var service = ServiceProcess.Start(_content);
        await Poll.UntilAsync(() => File.Exists(Path.Combine(_content.OutputPath, Feed + ".atom"))
            && File.ReadAllText(Path.Combine(_content.OutputPath, Feed + ".atom")).Contains(title, StringComparison.Ordinal) ? "" : null,
            $"{Feed}.atom to hold '{title}'", TimeSpan.FromSeconds(90));
        await Poll.UntilAsync(() => service.Output.Contains($"Feed {Feed} regenerated", StringComparison.Ordinal) ? "" : null, "the run to finish", TimeSpan.FromSeconds(60));
        service.Terminate();
        Assert.True(await service.ExitsWithinAsync(TimeSpan.FromSeconds(35)));
    }

    public void Dispose() => _content.Dispose();
}
