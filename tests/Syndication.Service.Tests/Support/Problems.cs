using System.Text.Json;

namespace Syndication.Service.Tests.Support;

/// <summary>The problems a regenerate report or /admin/status lists for one feed, as an operator reads them.</summary>
public static class Problems
{
    public static IReadOnlyList<JsonElement> Errors(this JsonElement feed) => [.. feed.GetProperty("errors").EnumerateArray()];

    public static IReadOnlyList<JsonElement> Warnings(this JsonElement feed) => [.. feed.GetProperty("warnings").EnumerateArray()];

    /// <summary>The one problem about <paramref name="file"/> (relative to the feeds folder, like "news/first-post.md").</summary>
    public static JsonElement About(this IReadOnlyList<JsonElement> problems, string file) =>
        Assert.Single(problems, p => p.GetProperty("file").GetString() == file);

    public static bool AnyAbout(this IReadOnlyList<JsonElement> problems, string file) =>
        problems.Any(p => p.GetProperty("file").GetString() == file);

    public static string Message(this JsonElement problem) => problem.GetProperty("message").GetString() ?? "";

    public static int Line(this JsonElement problem) => problem.GetProperty("line").GetInt32();

    public static string Hint(this JsonElement problem) => problem.GetProperty("hint").GetString() ?? "";
}
