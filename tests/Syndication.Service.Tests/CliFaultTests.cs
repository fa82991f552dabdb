using System.Diagnostics;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>validate and generate as an operator runs them: whatever the content, they end with 0, 1 or 2, never a crash or a hang.</summary>
public sealed class CliFaultTests : IDisposable
{
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();

    public CliFaultTests()
    {
        _feeds.WriteFeedYaml("zoned", "title: Zoned\ndescription: Zoned\ntimezone: Asia/Kolkata\n");
        _feeds.WriteArticle("zoned", "ancient.md", "---\ntitle: Ancient\ndate: 0001-01-01\n---\n\nOld.\n");
        _feeds.WriteArticle("news", "control.md", "---\ntitle: Control\ndate: 2024-01-03\n---\n\nBad &#x1; character.\n");
        _feeds.WriteArticle("news", "image.md", "---\ntitle: Image\ndate: 2024-01-04\nimage: \"http://exa mple.com/x\"\n---\n\nPicture.\n");
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [Path.Combine(_feeds.FeedsPath, "news", "pipe.md")]) { UseShellExecute = false })!;
        Assert.True(mkfifo.WaitForExit(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Validate_OnContentThatOnceCrashedIt_ReportsTheFifoAndExits1()
    {
        var (exitCode, printed) = await ServiceProcess.RunAsync(_feeds.Root, new Dictionary<string, string>(), "validate", "--feeds", _feeds.FeedsPath);

        Assert.Equal(1, exitCode);
        Assert.Contains("pipe.md: error: the file is not a regular file", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_OnContentThatOnceCrashedIt_PublishesWhatItCanAndExits1()
    {
        var output = Path.Combine(_feeds.Root, "static");
        var (exitCode, printed) = await ServiceProcess.RunAsync(_feeds.Root, new Dictionary<string, string>(), "generate", "--feeds", _feeds.FeedsPath, "--out", output, "--base-url", "https://static.example/");

        Assert.Equal(1, exitCode);
        Assert.DoesNotContain("   at ", printed, StringComparison.Ordinal);
        foreach (var file in (string[])["news.atom", "news.rss", "news.json", "zoned.atom", "zoned.rss", "zoned.json", "index.html"])
        {
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        }

        Assert.Contains("First post", await File.ReadAllTextAsync(Path.Combine(output, "news.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_WithAnUnreadableConfigurationFile_ExitsWith2()
    {
        await File.WriteAllTextAsync(Path.Combine(_feeds.Root, "appsettings.json"), "{ not json");
        var (exitCode, printed) = await ServiceProcess.RunAsync(_feeds.Root, new Dictionary<string, string>(), "generate", "--feeds", _feeds.FeedsPath);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("Configuration error:", printed.Trim(), StringComparison.Ordinal);
    }

    public void Dispose() => _feeds.Dispose();
}
