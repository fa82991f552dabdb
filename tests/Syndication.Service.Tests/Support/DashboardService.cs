using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Syndication.Service.Tests.Support;

/// <summary>
/// The real service on two feeds ("news", fine; "notes", with a broken article) and Debian's Chromium driven by
/// Playwright (<see cref="Chromium"/>), shared by a browser test class.
/// </summary>
public sealed class DashboardService : IAsyncLifetime
{
    public const string BrokenArticle = "notes/broken.md";

    private readonly TempFeeds _content = TempFeeds.WithNewsFeed();
    private Chromium? _chromium;

    public ServiceProcess Process { get; private set; } = null!;

    public IBrowser Browser => _chromium?.Browser ?? throw new InvalidOperationException("Chromium has not started.");

    public async Task InitializeAsync()
    {
        _content.AddFeed("notes", "Notes");
        _content.WriteArticle("notes", "good.md", TempFeeds.Article("Good", "2024-01-03"));
        _content.WriteArticle("notes", "broken.md", "---\ntitle: Broken\ndate: 2024-01-04\ntags: [unclosed\n---\nBody.\n");
        Process = ServiceProcess.Start(_content);
        await Process.WaitUntilServingAsync("/healthz", TimeSpan.FromSeconds(30));
        await Poll.UntilAsync(async () => (await StatusAsync()).GetProperty("lastRun").ValueKind == JsonValueKind.Object, "the first run to finish");
        _chromium = await Chromium.LaunchAsync();
    }

    public string Url(string path) => new Uri(Process.BaseAddress, path).ToString();

    /// <summary>GET /admin/status with the bearer token: the API's view, which the page must agree with.</summary>
    public async Task<JsonElement> StatusAsync()
    {
        using var client = Process.CreateClient();
        using var request = AdminClient.Request(HttpMethod.Get, "/admin/status", ServiceCommand.AdminToken);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A fresh browser profile (no cookies) with a page signed in through the dashboard's own form.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> SignInAsync()
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url("/admin"));
        await page.GetByLabel("Admin token").FillAsync(ServiceCommand.AdminToken);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Feeds" }).WaitForAsync();
        return (context, page);
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        Process?.Dispose();
        _content.Dispose();
    }
}
