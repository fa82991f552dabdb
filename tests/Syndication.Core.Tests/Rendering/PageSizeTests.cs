using Xunit.Abstractions;

namespace Syndication.Core.Tests.Rendering;

/// <summary>Every page stays light whatever the feed: under 30 KB besides the article's own text, on a large generated site.</summary>
public sealed class PageSizeTests(ITestOutputHelper output)
{
    private const int Budget = 30 * 1024;

    [Fact]
    public void EveryKindOfPage_StaysUnder30KB_BeforeTheArticleText()
    {
        foreach (var (kind, page, articleText) in GeneratedSite.Pages())
        {
            output.WriteLine($"{kind}: {page.Length:N0} bytes, {page.Length - articleText:N0} without the article text");
            Assert.True(page.Length - articleText < Budget, $"the {kind} page takes {page.Length - articleText:N0} bytes besides the article text");
        }
    }
}
