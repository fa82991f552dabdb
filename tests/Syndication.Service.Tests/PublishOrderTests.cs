using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

public sealed class PublishOrderTests : IDisposable
{
    private const int Articles = 300;
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly TempFeeds _feeds = new();

    public PublishOrderTests()
    {
        _feeds.AddFeed("news", "News");
        var first = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 1; i <= Articles; i++)
        {
            _feeds.WriteArticle("news", $"post-{i:D3}.md",
                TempFeeds.Article($"Post {i}", first.AddHours(i).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)));
        }
    }

    [Theory]
    [InlineData("/feeds/news/archive/1.atom")]
    [InlineData("/feeds/news.atom")]
    public async Task FirstRun_DocumentNeverLinksToAnArticlePageThatIsNotServedYet(string document)
    {
        using var factory = new ServiceFactory(_feeds);
        using var client = factory.CreateClient();
        var atom = await Poll.UntilAsync(
            async () =>
            {
                using var response = await client.GetAsync(document);
                return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : null;
            },
            $"{document} to be published");

        var missing = new List<string>();
        foreach (var link in XDocument.Parse(atom).Root!.Elements(Atom + "entry").Select(e => new Uri(e.Elements(Atom + "link").First(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value)))
        {
            using var page = await client.GetAsync(link.AbsolutePath);
            if (page.StatusCode != HttpStatusCode.OK)
            {
                missing.Add($"{link.AbsolutePath}: {(int)page.StatusCode}");
            }
        }

        Assert.True(missing.Count == 0, $"{document} was served while {missing.Count} of its entries' pages were not:\n" + string.Join("\n", missing.Take(10)));
    }

    public void Dispose() => _feeds.Dispose();
}
