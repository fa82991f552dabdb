using Xunit.Abstractions;
using Syndication.Reliability.Tests.Support;

namespace Syndication.Reliability.Tests;

public sealed class PathAttackTests(RunningService service, ITestOutputHelper output) : IClassFixture<RunningService>
{
    public static TheoryData<string> Templates => new(AttackPaths.Templates);

    [Fact]
    public async Task ExistingDocuments_Answer200OverRawSockets()
    {
        foreach (var path in RunningService.ExistingPaths)
        {
            var response = await RawHttp.GetAsync(service.Process.Port, path);
            Assert.True(response.Status == 200, $"{path}: {response.StatusLine}");
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task EveryAttackInEveryRouteParameter_Answers404Or400WithoutLeakingAnything(string template)
    {
        var failures = new List<string>();
        var statuses = new List<int>();
        foreach (var attack in AttackPaths.All)
        {
            var target = template.Replace("{p}", attack, StringComparison.Ordinal);
            var response = await RawHttp.GetAsync(service.Process.Port, target);
            statuses.Add(response.Status);
            if (response.Status is not (404 or 400))
            {
                failures.Add($"{target} -> {response.StatusLine}");
            }

            failures.AddRange(Leaks(response.Text).Select(leak => $"{target} -> response contains {leak}"));
        }

        output.WriteLine($"{template}: {statuses.Count} attacks; " + string.Join(", ", statuses.CountBy(s => s).Select(c => $"{c.Value}x {c.Key}")));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.False(service.Process.HasExited, service.Process.Output);
    }

    /// <summary>What a response must never show: the file system, file contents, a stack trace, an injected header.</summary>
    private IEnumerable<string> Leaks(string text)
    {
        string[] forbidden =
        [
            "/etc", "root:x:", "[fonts]", "   at ", "Exception", "\r\nX-Injected", service.Content.Root, service.Content.OutputPath,
            service.Content.FeedsPath, AppContext.BaseDirectory.TrimEnd('/'),
        ];
        return forbidden.Where(f => text.Contains(f, StringComparison.OrdinalIgnoreCase)).Select(f => $"'{f.ReplaceLineEndings("\\n")}'");
    }
}
