using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Syndication.Service.Tests;

/// <summary>
/// Each host logs through its own logger: a request to one host never lands in the sinks of another built after it in
/// the same process (Serilog's request logging writes to the static Log.Logger unless told otherwise).
/// </summary>
public sealed class HostLoggerIsolationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("syndication-hosts-").FullName;

    [Fact]
    public async Task RequestToOneHost_IsLoggedInItsOwnFileOnly()
    {
        var first = Host("first.log");
        await first.StartAsync();
        var second = Host("second.log");
        await second.StartAsync();
        var address = first.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using (var client = new HttpClient())
        {
            // A 404 gets a line of its own (answered requests are only counted, see RequestSummaryTests).
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(address + "/isolation-probe")).StatusCode);
        }

        await first.DisposeAsync();
        await second.DisposeAsync();
        Assert.Contains("/isolation-probe", await File.ReadAllTextAsync(Path.Combine(_folder, "first.log")), StringComparison.Ordinal);
        Assert.DoesNotContain("/isolation-probe", await File.ReadAllTextAsync(Path.Combine(_folder, "second.log")), StringComparison.Ordinal);
    }

    private WebApplication Host(string logFile)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:WriteTo:0:Name"] = "File",
            ["Serilog:WriteTo:0:Args:path"] = Path.Combine(_folder, logFile),
        });
        builder.AddSyndicationLogging();
        var app = builder.Build();
        app.UseSyndicationRequestLogging();
        app.MapGet("/isolation-probe", () => Results.NotFound());
        return app;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
