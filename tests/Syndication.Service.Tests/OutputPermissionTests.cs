using System.Text.Json;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>
/// An output folder (or a folder above or inside it) that other users can write to is announced at start in the log and
/// on /admin/status, with the chmod that closes it; sticky or private folders are not.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class OutputPermissionTests : IDisposable
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
        UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();

    public OutputPermissionTests()
    {
        foreach (var folder in (string[])[_feeds.Root, _feeds.OutputPath, Parent])
        {
            Directory.CreateDirectory(folder);
            File.SetUnixFileMode(folder, Private);
        }
    }

    /// <summary>A folder above the output folder, as "/srv" is above "/srv/feeds-out".</summary>
    private string Parent => Path.Combine(_feeds.Root, "parent");

    private string NestedOutput => Path.Combine(Parent, "out");

    public static TheoryData<string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var where in (string[])["output", "parent", "_state", "news"])
        {
            foreach (var (mode, warns) in (ValueTuple<string, bool>[])[("0777", true), ("0775", true), ("0757", true), ("0770", true), ("0755", false), ("1777", false), ("0700", false)])
            {
                data.Add(where, mode, warns);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task FolderWritableByOthers_IsReportedOnAdminStatusWithTheChmodThatFixesIt(string where, string mode, bool warns)
    {
        await using var service = new ServiceLife(_feeds, new Dictionary<string, string?> { ["Syndication:OutputPath"] = NestedOutput });
        await service.Client.RegenerateAsync();
        var folder = where switch
        {
            "output" => NestedOutput,
            "parent" => Parent,
            _ => Path.Combine(NestedOutput, where),
        };
        File.SetUnixFileMode(folder, (UnixFileMode)Convert.ToInt32(mode, 8));

        var warnings = (await service.Client.StatusAsync()).GetProperty("outputFolder").GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();

        var ours = warnings.Where(w => w.Contains(_feeds.Root, StringComparison.Ordinal)).ToList();
        if (warns)
        {
            var warning = Assert.Single(ours);
            Assert.Contains($"'{folder}'", warning, StringComparison.Ordinal);
            Assert.Contains($"mode {mode}", warning, StringComparison.Ordinal);
            Assert.Contains($"chmod go-w '{folder}'", warning, StringComparison.Ordinal);
        }
        else
        {
            Assert.Empty(ours);
        }
    }

    [Fact]
    public async Task OutputFolderWritableByOthers_IsLoggedAtStart()
    {
        File.SetUnixFileMode(_feeds.OutputPath, (UnixFileMode)Convert.ToInt32("0777", 8));
        // The logging set-up lives in appsettings.json, read from the working folder.
        File.Copy(Path.Combine(ServiceProcess.RepositoryRoot, "appsettings.json"), Path.Combine(_feeds.Root, "appsettings.json"));
        var environment = new Dictionary<string, string> { ["Syndication__FeedsPath"] = _feeds.FeedsPath, ["Syndication__OutputPath"] = _feeds.OutputPath };
        using var service = ServiceProcess.Start(_feeds.Root, environment, "--urls", $"http://127.0.0.1:{FreePort.Next()}");

        var line = await Poll.UntilAsync(
            () => Task.FromResult(service.Output.Split('\n').FirstOrDefault(l => l.Contains("can be written by other users", StringComparison.Ordinal))),
            "the start-up warning about the output folder", TimeSpan.FromSeconds(60));

        Assert.Contains($"'{_feeds.OutputPath}'", line, StringComparison.Ordinal);
        Assert.Contains($"chmod go-w '{_feeds.OutputPath}'", line, StringComparison.Ordinal);
        Assert.Contains("WRN", line, StringComparison.Ordinal);
    }

    public void Dispose() => _feeds.Dispose();
}
