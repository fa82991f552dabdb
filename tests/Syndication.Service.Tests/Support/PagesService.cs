using System.Globalization;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Syndication.Service.Tests.Support;

/// <summary>
/// The real service as a process whose public base URL is its own address, so every link on its pages can be followed:
/// "news" (four articles a day apart, tagged Rust and Café, filed under Guides) and "journal", a French feed of two.
/// </summary>
public sealed class PagesService : IAsyncLifetime, IDisposable
{
    private readonly TempFeeds _feeds = new();
    private readonly ServiceProcess _process;

    public PagesService()
    {
        _feeds.AddFeed("news", "News");
        WriteNews(_feeds, "first", "2024-01-01", "tags: [Rust]\ncategories: [Guides]\n");
        WriteNews(_feeds, "second", "2024-01-02", "tags: [Rust, Café]\n");
        WriteNews(_feeds, "third", "2024-01-03", "categories: [Guides]\n");
        WriteNews(_feeds, "fourth", "2024-01-04", "");
        _feeds.AddFeed("journal", "Journal", "language: fr\n");
        _feeds.WriteArticle("journal", "hiver.md", TempFeeds.Article("Hiver", "2024-01-02"));
        _feeds.WriteArticle("journal", "printemps.md", TempFeeds.Article("Printemps", "2024-03-05"));
        var port = FreePort.Next();
        _process = ServiceProcess.Start(_feeds, new Dictionary<string, string>
        {
            ["Syndication:PublicBaseUrl"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/",
            ["Syndication:AdminToken"] = ServiceFactory.AdminToken,
        }, port);
        Client = _process.CreateClient();
    }

    public HttpClient Client { get; }

    public TempFeeds Feeds => _feeds;

    /// <summary>An article of "news" titled after its slug ("second" is "Second"), with extra front matter lines.</summary>
    public static void WriteNews(TempFeeds feeds, string slug, string date, string frontMatter) =>
        feeds.WriteArticle("news", $"{slug}.md", $"---\ntitle: {char.ToUpperInvariant(slug[0])}{slug[1..]}\ndate: {date}\n{frontMatter}---\n\nThe {slug} article.\n");

    public async Task InitializeAsync()
    {
        await _process.WaitUntilServingAsync("/healthz", TimeSpan.FromSeconds(60));
        await Client.WaitForFirstRunAsync();
    }

    /// <summary>GETs <paramref name="url"/> (absolute or a path), fails unless it is a 200 HTML page, and parses it.</summary>
    public async Task<IHtmlDocument> PageAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStreamAsync());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Client.Dispose();
        _process.Dispose();
        _feeds.Dispose();
    }
}
