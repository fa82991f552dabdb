using System.Text.Json;
using System.Text.Json.Nodes;

namespace Syndication.Service.Tests;

/// <summary>
/// <c>Syndication:LogFormat=json</c> on the real process: its console output is Serilog's compact JSON, one object per
/// line, whichever way appsettings.json names the Console sink, and outside text still reaches it escaped.
/// </summary>
public sealed class JsonLogTests : IDisposable
{
    private const string Forged = "forged";

    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task LogFormatJson_WritesOneCompactJsonObjectPerLine_WithOutsideTextEscaped(bool shortConsoleSink)
    {
        var settings = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ServiceProcess.RepositoryRoot, "appsettings.json")))!;
        if (shortConsoleSink)
        {
            settings["Serilog"]!["WriteTo"] = new JsonArray("Console");
        }

        await File.WriteAllTextAsync(Path.Combine(_feeds.Root, "appsettings.json"), settings.ToJsonString());
        var port = FreePort.Next();
        using var service = ServiceProcess.Start(_feeds.Root, new Dictionary<string, string>
        {
            ["Syndication__FeedsPath"] = _feeds.FeedsPath,
            ["Syndication__OutputPath"] = _feeds.OutputPath,
            ["Syndication__AdminToken"] = ServiceCommand.AdminToken,
            ["Syndication__Schedule"] = ServiceCommand.NeverSchedule,
            ["Syndication__LogFormat"] = "json",
        }, "--urls", $"http://127.0.0.1:{port}");
        // "regenerated" is in the run's event in either format, so a text log fails at the parse below, not by timing out.
        await Poll.UntilAsync(() => Task.FromResult(service.Output.Contains("regenerated", StringComparison.Ordinal)), "the start-up run in the log", TimeSpan.FromSeconds(60));

        // ESC [31m would colour a terminal; U+202E would reverse the rest of the line.
        var response = await RawHttp.GetAsync(port, $"/feeds/x%1B%5B31m{Forged}%E2%80%AE.atom");
        var events = await Poll.UntilAsync(() => Events(service.Output) is var e && e.Any(IsRequestFor404) ? e : null, "the request in the log");

        UnsafeCharacters.AssertNoneIn(service.Output);
        Assert.All(events, e => Assert.True(DateTimeOffset.TryParse(e.GetProperty("@t").GetString(), out _), e.ToString()));
        Assert.All(events, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("@mt").GetString()), e.ToString()));
        var run = Assert.Single(events, e => e.TryGetProperty("Feed", out var feed) && feed.GetString() == "news");
        Assert.Equal(1, run.GetProperty("Entries").GetInt32());
        Assert.Equal("Syndication.Service.Publishing.FeedRunner", run.GetProperty("SourceContext").GetString());
        var path = Assert.Single(events, IsRequestFor404).GetProperty("RequestPath").GetString()!;
        UnsafeCharacters.AssertNoneIn(path);
        Assert.StartsWith("/feeds/x", path, StringComparison.Ordinal);
        Assert.Contains(Forged, path, StringComparison.Ordinal);
        Assert.Equal(404, response.Status);
    }

    public void Dispose() => _feeds.Dispose();

    private static bool IsRequestFor404(JsonElement logEvent) =>
        logEvent.TryGetProperty("RequestPath", out var path) && path.GetString()!.Contains(Forged, StringComparison.Ordinal)
        && logEvent.GetProperty("StatusCode").GetInt32() == 404;

    /// <summary>Every line the process wrote, each parsed as one JSON object (a line that is not one fails the test).</summary>
    private static List<JsonElement> Events(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonSerializer.Deserialize<JsonElement>(line))
            .Select(e => e.ValueKind == JsonValueKind.Object ? e : throw new Xunit.Sdk.XunitException($"not a JSON object: {e}"))];
}
