using Microsoft.Playwright;

namespace Syndication.Service.Tests.Support;

/// <summary>One page opened in its own browser context, with everything the browser reported while loading it.</summary>
public sealed class PageVisit : IAsyncDisposable
{
    // Playwright's init scripts run through the DevTools protocol, so the page's CSP (no scripts) does not stop this one.
    private const string RecordRefusals =
        "window.__refused = []; document.addEventListener('securitypolicyviolation', e => window.__refused.push(`${e.violatedDirective} refused ${e.blockedURI}`));";

    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    private PageVisit(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _errors.Add(error);
    }

    public IPage Page { get; }

    public int Status { get; private set; }

    /// <summary>Errors the page logged or threw (a refused resource or a failed load shows up here too).</summary>
    public IReadOnlyList<string> ConsoleErrors => _errors;

    public static async Task<PageVisit> OpenAsync(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(RecordRefusals);
        var visit = new PageVisit(context, page);
        var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
        visit.Status = response?.Status ?? 0;
        return visit;
    }

    /// <summary>What the Content-Security-Policy refused (each <c>securitypolicyviolation</c> event).</summary>
    public async Task<IReadOnlyList<string>> RefusedAsync() => await Page.EvaluateAsync<string[]>("window.__refused");

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(PublicSite.ScreenshotFolder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(PublicSite.ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
