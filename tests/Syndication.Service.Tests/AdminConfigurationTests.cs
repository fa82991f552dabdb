using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>Admin, proxy and hub settings that would weaken the service stop the real process at start with one clear line, revealing no secret.</summary>
public sealed class AdminConfigurationTests : IDisposable
{
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();

    [Theory]
    [InlineData("Syndication__TrustedProxies__0", "not-an-address", "Syndication:TrustedProxies")]
    [InlineData("Syndication__TrustedProxies__0", "10.0.0.0/33", "Syndication:TrustedProxies")]
    [InlineData("Syndication__AdminUrl", "http://127.0.0.1:0", "Syndication:AdminUrl")]
    [InlineData("Syndication__AdminUrl", "http://127.0.0.2:{public}", "Syndication:AdminUrl")]
    [InlineData("Syndication__WebSub__Hubs__0", "ftp://hub-user:hub-s3cret@hub.example/?key=k3y-s3cret", "Syndication:WebSub:Hubs:0")]
    public async Task UnsafeAdminSetting_StopsStartUpWithExitCode2AndOneClearLine(string variable, string value, string setting)
    {
        var port = FreePort.Next();
        var environment = new Dictionary<string, string>
        {
            ["Syndication__FeedsPath"] = _feeds.FeedsPath,
            ["Syndication__OutputPath"] = _feeds.OutputPath,
            [variable] = value.Replace("{public}", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
        };
        using var service = ServiceProcess.Start(_feeds.Root, environment, "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(2, await service.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        var line = Assert.Single(service.Output.Split('\n'), l => l.Contains(setting, StringComparison.Ordinal));
        Assert.StartsWith("Configuration error: " + setting, line, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", service.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("guessable", true)]
    [InlineData("a-long-random-admin-token-of-40-characters", false)]
    public async Task ShortAdminToken_IsWarnedAboutAtStartWithoutBeingLogged(string token, bool warned)
    {
        var environment = new Dictionary<string, string>
        {
            ["Syndication__FeedsPath"] = _feeds.FeedsPath,
            ["Syndication__OutputPath"] = _feeds.OutputPath,
            ["Syndication__AdminToken"] = token,
        };
        // From the test binaries, so the service reads appsettings.json and logs to the console.
        using var service = ServiceProcess.Start(AppContext.BaseDirectory, environment, "--urls", $"http://127.0.0.1:{FreePort.Next()}");
        var log = await Poll.UntilAsync(() => Task.FromResult(service.Output.Contains("Feed news regenerated", StringComparison.Ordinal) ? service.Output : null), "the start-up run in the log");

        Assert.Equal(warned, log.Contains($"Syndication:AdminToken has only {token.Length} characters", StringComparison.Ordinal));
        Assert.DoesNotContain(token, log, StringComparison.Ordinal);
    }

    public void Dispose() => _feeds.Dispose();
}
