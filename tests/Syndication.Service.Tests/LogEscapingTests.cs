using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>
/// The escaping sits in front of whatever sinks the operator configures: here a file in plain text and one in compact
/// JSON, fed through the service's own logging set-up, with outside text in messages, nested properties and exceptions.
/// </summary>
public sealed class LogEscapingTests : IDisposable
{
    private const string Forged = "[99:99:99 INF] forged";
    private static readonly char[] Unsafe = UnsafeCharacters.All;

    private readonly string _folder = Directory.CreateTempSubdirectory("syndication-log-").FullName;

    [Fact]
    public void EveryControlCharacter_InPropertiesAndExceptions_IsEscapedInTextAndJsonFiles()
    {
        var text = Path.Combine(_folder, "log.txt");
        var json = Path.Combine(_folder, "log.json");
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:WriteTo:0:Name"] = "File",
            ["Serilog:WriteTo:0:Args:path"] = text,
            ["Serilog:WriteTo:0:Args:outputTemplate"] = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}",
            ["Serilog:WriteTo:1:Name"] = "File",
            ["Serilog:WriteTo:1:Args:path"] = json,
            ["Serilog:WriteTo:1:Args:formatter"] = "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact",
        });
        builder.AddSyndicationLogging();
        using (var app = builder.Build())
        {
            var logger = app.Services.GetRequiredService<ILogger<LogEscapingTests>>();
            foreach (var c in Unsafe)
            {
                var outside = $"x{c}{Forged}-{(int)c:X4}";
                var failure = new InvalidOperationException(outside, new FileNotFoundException(outside, outside));
#pragma warning disable CA1848 // "{@Object}" asks Serilog to destructure, which LoggerMessage templates cannot say.
                logger.LogWarning(failure, "Value {Value}, list {@List}, object {@Object}", outside, new[] { outside }, new { Name = outside, Tags = new Dictionary<string, string> { [outside] = outside } });
#pragma warning restore CA1848
            }
        }

        var plain = File.ReadAllText(text);
        AssertNoUnsafeCharacters(plain);
        Assert.DoesNotContain(plain.Split('\n'), line => line.TrimStart().StartsWith(Forged, StringComparison.Ordinal));
        Assert.Equal(Unsafe.Length, plain.Split('\n').Count(line => line.StartsWith('[') && line.Contains(Forged, StringComparison.Ordinal)));
        // The stack keeps its lines: escaping is for the outside text, not the exception's own layout.
        Assert.Contains("\n ---> System.IO.FileNotFoundException: x", plain, StringComparison.Ordinal);

        var events = File.ReadAllLines(json).Select(line => JsonDocument.Parse(line)).ToList();
        Assert.Equal(Unsafe.Length, events.Count);
        foreach (var logEvent in events)
        {
            var decoded = logEvent.RootElement.ToString();
            AssertNoUnsafeCharacters(JsonSerializer.Deserialize<JsonElement>(decoded).GetProperty("Value").GetString()!);
            AssertNoUnsafeCharacters(JsonSerializer.Deserialize<JsonElement>(decoded).GetProperty("@x").GetString()!.Replace('\n', ' '));
            AssertNoUnsafeCharacters(JsonSerializer.Deserialize<JsonElement>(decoded).GetProperty("Object").ToString());
            AssertNoUnsafeCharacters(JsonSerializer.Deserialize<JsonElement>(decoded).GetProperty("List").ToString());
            logEvent.Dispose();
        }
    }

    [Fact]
    public async Task Validate_PrintsKeysAndFileNamesWithControlCharactersEscaped()
    {
        using var feeds = TempFeeds.WithNewsFeed();
        // Ten keys a file: a file lists only the first 20 problems of a kind.
        foreach (var (chunk, n) in Unsafe.Chunk(10).Select((chunk, n) => (chunk, n)))
        {
            var keys = string.Concat(chunk.Select(c => $"\"k\\u{(int)c:X4}{Forged}-key-{(int)c:X4}\": 1\n"));
            feeds.WriteArticle("news", $"keys{n}.md", $"---\ntitle: Keys\ndate: 2024-01-01\n{keys}---\nBody\n");
        }
        foreach (var c in Unsafe.Where(c => c != '\0'))
        {
            feeds.WriteArticle("news", $"f{c}{Forged}-file-{(int)c:X4}.md", "---\ntitle: [never closed\n---\nBody\n");
        }

        var (exitCode, printed) = await ServiceProcess.RunAsync(feeds.Root, new Dictionary<string, string>(), "validate", "--feeds", feeds.FeedsPath);

        Assert.Equal(1, exitCode);
        AssertNoUnsafeCharacters(printed);
        Assert.DoesNotContain(printed.Split('\n'), line => line.TrimStart().StartsWith(Forged, StringComparison.Ordinal));
        Assert.All(Unsafe, c => Assert.Contains($"{Forged}-key-{(int)c:X4}", printed, StringComparison.Ordinal));
        Assert.All(Unsafe.Where(c => c != '\0'), c => Assert.Contains($"{Forged}-file-{(int)c:X4}", printed, StringComparison.Ordinal));
    }

    private static void AssertNoUnsafeCharacters(string logged) => UnsafeCharacters.AssertNoneIn(logged);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
