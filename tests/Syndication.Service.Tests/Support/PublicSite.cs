using Microsoft.Playwright;

namespace Syndication.Service.Tests.Support;

/// <summary>
/// The real service publishing the repository's own feeds/ folder (the seed article) and a second feed whose article
/// holds what pages must also lay out well (tags, an image in a figure, a quote, a code block, a long URL), with
/// Debian's Chromium to open its pages as a reader would. Shared by the public page test classes.
/// </summary>
public sealed class PublicSite : IAsyncLifetime
{
    public const string SeedArticle = "/feeds/politics-social-media/kazakhstan-social-media-rebellion";
    public const string ElementsArticle = "/feeds/notes/reading-on-small-screens";

    // The test machine has no internet: the article's image host is answered by the browser context itself.
    private const string ImageHost = "https://images.example.org/";

    private readonly TempFeeds _content = Content();
    private Chromium? _chromium;

    public ServiceProcess Process { get; private set; } = null!;

    /// <summary>Where the screenshots go: <c>Screenshots/pages</c> in the test output folder.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "Screenshots", "pages");

    public async Task InitializeAsync()
    {
        Process = ServiceProcess.Start(_content);
        // The index is written last in a run, so once it answers every page of the first run is there.
        await Process.WaitUntilServingAsync("/", TimeSpan.FromSeconds(30));
        _chromium = await Chromium.LaunchAsync();
    }

    /// <summary>
    /// <paramref name="path"/> opened in a fresh browser context at <paramref name="width"/> px in
    /// <paramref name="scheme"/>; with <paramref name="bypassCsp"/> the page's Content-Security-Policy is not enforced
    /// (only to inject axe-core, which the policy rightly refuses).
    /// </summary>
    public async Task<PageVisit> OpenAsync(string path, int width, ColorScheme scheme, bool bypassCsp = false)
    {
        var browser = _chromium?.Browser ?? throw new InvalidOperationException("Chromium has not started.");
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, ColorScheme = scheme, BypassCSP = bypassCsp });
        await context.RouteAsync(ImageHost + "**", route => route.FulfillAsync(new() { ContentType = "image/png", BodyBytes = GreyPixelPng }));
        return await PageVisit.OpenAsync(context, new Uri(Process.BaseAddress, path).ToString());
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

    /// <summary>A copy of the repository's feeds/ folder and the "notes" feed.</summary>
    private static TempFeeds Content()
    {
        var content = new TempFeeds();
        CopyFolder(Path.Combine(ServiceProcess.RepositoryRoot, "feeds"), content.FeedsPath);
        content.AddFeed("notes", "Notes on reading");
        content.WriteArticle("notes", "reading-on-small-screens.md", ElementsArticleText);
        return content;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static readonly byte[] GreyPixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==");

    private const string ElementsArticleText = """
        ---
        title: Reading long text on small screens
        date: 2024-05-04T09:30:00Z
        author:
          name: Ada Writer
        summary: What a page needs so that a phone and a desktop both read it well.
        tags:
          - Typography
          - Accessibility
        ---

        A page that reads well on a desktop monitor can still fail on a phone held in one hand: lines that run off the edge, images wider than the screen, code that pushes the whole page sideways. These notes collect what such a page needs, from the measure of a line to the way a caption sits under its figure.

        <figure>
        <img src="https://images.example.org/column-of-text.png" alt="A narrow column of text beside a wide one" width="1200" height="600">
        <figcaption>A comfortable measure next to one that tires the eye: the same words, two widths.</figcaption>
        </figure>

        Typographers have long agreed on a range for the length of a line of running text, somewhere between forty-five and ninety characters, with about sixty-six held up as the ideal for a single column.

        > Anything from 45 to 75 characters is widely regarded as a satisfactory length of line for a single-column page set in a serifed text face in a text size.

        A code sample keeps its own lines, however long they are, so the page has to let it scroll on its own:

        ```csharp
        var measure = paragraphs.Select(p => p.Width / p.CharacterWidth).Where(characters => characters > 90).ToList();
        ```

        Long addresses break layouts too: <https://downloads.example.org/sha256-4b227777d4dd1fc61c6f884f48641d02b4d121d3fd328cb08b5531fcacdabf8a/the-measure.pdf> has no space to wrap at.

        """;
}
