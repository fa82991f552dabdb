using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Syndication.Service.Options;

namespace Syndication.Service.Tests;

/// <summary>
/// Answered requests are counted and logged as one summary line per period; every request that went wrong (4xx other
/// than 429, 5xx) still gets a line of its own. Read from a compact JSON file sink, through the service's own logging.
/// </summary>
public sealed class RequestSummaryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("syndication-summary-").FullName;

    [Theory]
    [InlineData(3, 4, 1, 2)]
    [InlineData(40, 0, 3, 0)]
    [InlineData(0, 7, 0, 5)]
    public async Task AnsweredRequests_AreSummarised_WhileEveryFailureHasItsOwnLine(int ok, int notModified, int notFound, int refused)
    {
        var app = Host(summarySeconds: 3600);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using (var client = new HttpClient())
        {
            await RequestAsync(client, address + "/ok", ok, HttpStatusCode.OK);
            await RequestAsync(client, address + "/not-modified", notModified, HttpStatusCode.NotModified);
            await RequestAsync(client, address + "/missing", notFound, HttpStatusCode.NotFound);
            await RequestAsync(client, address + "/refused", refused, HttpStatusCode.TooManyRequests);
            Assert.Equal(HttpStatusCode.InternalServerError, (await client.GetAsync(address + "/fails")).StatusCode);
        }

        // Stopping logs what the period counted so far.
        await app.DisposeAsync();
        var events = Events();
        Assert.Equal(notFound, events.Count(e => Path(e) == "/missing" && Status(e) == 404));
        Assert.Single(events, e => Path(e) == "/fails" && Status(e) == 500 && e.GetProperty("@l").GetString() == "Error");
        Assert.DoesNotContain(events, e => Path(e) is "/ok" or "/not-modified" or "/refused");
        if (ok + notModified + refused == 0)
        {
            Assert.DoesNotContain(events, e => e.TryGetProperty("Requests", out _));
            return;
        }

        var summary = Assert.Single(events, e => e.TryGetProperty("Requests", out _));
        Assert.Equal(ok + notModified + refused, summary.GetProperty("Requests").GetInt64());
        Assert.Equal(ok, summary.GetProperty("Ok").GetInt64());
        Assert.Equal(notModified, summary.GetProperty("NotModified").GetInt64());
        Assert.Equal(refused, summary.GetProperty("Refused").GetInt64());
    }

    [Fact]
    public async Task Summary_IsLoggedEachPeriod_WithOnlyThatPeriodsRequests()
    {
        var app = Host(summarySeconds: 1);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var client = new HttpClient();
        await RequestAsync(client, address + "/ok", 2, HttpStatusCode.OK);
        await Poll.UntilAsync(() => Summaries() is { Count: 1 } ? "one" : null, "the first summary");
        await RequestAsync(client, address + "/ok", 5, HttpStatusCode.OK);
        var summaries = await Poll.UntilAsync(() => Summaries() is { Count: 2 } two ? two : null, "the second summary");
        await app.DisposeAsync();

        Assert.Equal(2, summaries[0].GetProperty("Ok").GetInt64());
        Assert.Equal(5, summaries[1].GetProperty("Ok").GetInt64());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task RequestAsync(HttpClient client, string url, int times, HttpStatusCode expected)
    {
        for (var i = 0; i < times; i++)
        {
            Assert.Equal(expected, (await client.GetAsync(url)).StatusCode);
        }
    }

    private WebApplication Host(int summarySeconds)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Information",
            ["Serilog:WriteTo:9:Name"] = "File",
            ["Serilog:WriteTo:9:Args:path"] = LogPath,
            ["Serilog:WriteTo:9:Args:formatter"] = "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact",
        });
        builder.AddSyndicationLogging();
        // The service binds this section with the rest of its options (AddSyndication); this host has only the logging.
        builder.Services.Configure<SyndicationOptions>(options => options.RequestSummarySeconds = summarySeconds);
        var app = builder.Build();
        app.UseSyndicationRequestLogging();
        app.MapGet("/ok", () => "ok");
        app.MapGet("/not-modified", () => Results.StatusCode(StatusCodes.Status304NotModified));
        app.MapGet("/missing", () => Results.NotFound());
        app.MapGet("/refused", () => Results.StatusCode(StatusCodes.Status429TooManyRequests));
        app.MapGet("/fails", () => Results.StatusCode(StatusCodes.Status500InternalServerError));
        return app;
    }

    private string LogPath => System.IO.Path.Combine(_folder, "log.json");

    private List<JsonElement> Summaries() => [.. Events().Where(e => e.TryGetProperty("Requests", out _))];

    private List<JsonElement> Events()
    {
        if (!File.Exists(LogPath))
        {
            return [];
        }

        using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonSerializer.Deserialize<JsonElement>(line))];
    }

    private static string? Path(JsonElement e) => e.TryGetProperty("RequestPath", out var path) ? path.GetString() : null;

    private static int? Status(JsonElement e) => e.TryGetProperty("StatusCode", out var status) ? status.GetInt32() : null;
}
