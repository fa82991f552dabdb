using System.Text.Json;
using Microsoft.Playwright;

namespace Syndication.Service.Tests.Support;

/// <summary>
/// axe-core (npm, pinned in Browser/package-lock.json; the build installs it and copies axe.min.js next to the tests)
/// run on an open page. The page must have been opened with its CSP bypassed: the policy forbids every script.
/// </summary>
public static class Axe
{
    private const string Run = """
        async () => JSON.stringify((await axe.run()).violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) })))
        """;

    public static string ScriptPath => Path.Combine(AppContext.BaseDirectory, "axe.min.js");

    public static async Task<IReadOnlyList<AxeViolation>> ViolationsAsync(IPage page)
    {
        if (!File.Exists(ScriptPath))
        {
            throw new InvalidOperationException($"No {ScriptPath}: the test build installs axe-core with npm (tests/Syndication.Service.Tests/Browser); build again with npm on the PATH.");
        }

        await page.AddScriptTagAsync(new() { Path = ScriptPath });
        var json = await page.EvaluateAsync<string>(Run);
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, JsonSerializerOptions.Web)!;
    }
}

/// <summary>One axe rule a page breaks, and the CSS selectors of the elements that break it.</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Targets)
{
    public bool IsSeriousOrCritical => Impact is "serious" or "critical";

    public override string ToString() => $"{Id} ({Impact}): {Help} [{string.Join(", ", Targets)}]";
}
