using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Syndication.Service.Tests.Support;

/// <summary>The service in-process on a temp feeds folder, with a known admin token, a schedule that never fires and no watcher, unless a test asks.</summary>
public sealed class ServiceFactory(
    TempFeeds feeds, IReadOnlyDictionary<string, string?>? overrides = null, Action<IServiceCollection>? replaceServices = null) : WebApplicationFactory<Program>
{
    public const string AdminToken = "test-admin-token";
    public const int CacheSeconds = 120;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Syndication:FeedsPath"] = feeds.FeedsPath,
            ["Syndication:OutputPath"] = feeds.OutputPath,
            ["Syndication:PublicBaseUrl"] = "http://feeds.test/",
            ["Syndication:Schedule"] = ServiceCommand.NeverSchedule,
            // Runs happen when a test asks; FeedWatcherTests turn the watcher on.
            ["Syndication:WatchFeeds"] = "false",
            ["Syndication:AdminToken"] = AdminToken,
            // Tests fail authentication on purpose many times; the limiter has its own test.
            ["Syndication:AdminFailuresPerMinute"] = "1000",
            ["Syndication:CacheSeconds"] = CacheSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        // Added last, so these win over any appsettings.json the host finds.
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        if (replaceServices is not null)
        {
            // After the service's own registrations, so a test's replacement (a fault-injecting store, say) wins.
            builder.ConfigureTestServices(replaceServices);
        }
    }
}
