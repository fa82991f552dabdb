using Microsoft.Playwright;

namespace Syndication.Service.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download). Without it the browser tests fail, not skip: they are
/// the only check of what the dashboard and the public pages look like.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<Chromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"No Chromium at {ExecutablePath}: install Debian's package (apt-get install -y chromium), as .ci/run does.");
        }

        var playwright = await Playwright.CreateAsync();
        return new Chromium(playwright, await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true }));
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
