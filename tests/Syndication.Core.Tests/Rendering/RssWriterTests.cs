using System.Text;
using System.Xml.Linq;
using Syndication.Core.Rendering;

namespace Syndication.Core.Tests.Rendering;

public sealed class RssWriterTests
{
    private static readonly XDocument Rss = XDocument.Parse(Encoding.UTF8.GetString(RssWriter.Write(FeedFolder.Build(FeedFolder.InOutput("Fixtures", "golden", "news")))));

    [Fact]
    public void Rss_WritesNoAtomElementsThatRssReadersIgnore()
    {
        var atom = (XNamespace)"http://www.w3.org/2005/Atom";
        var allowed = new[] { atom + "link", atom + "updated" };
        Assert.DoesNotContain(Rss.Descendants(), e => e.Name.Namespace == atom && !allowed.Contains(e.Name));
        Assert.Equal(2, Rss.Descendants("item").Count(i => i.Element((XNamespace)"http://purl.org/rss/1.0/modules/content/" + "encoded") is not null));
    }

    [Fact]
    public void Rss_GuidsAreNotPermalinks() =>
        Assert.All(Rss.Descendants("guid"), g => Assert.Equal("false", g.Attribute("isPermaLink")?.Value));

    [Theory]
    [InlineData(2024, 3, 10, 0, "Sun, 10 Mar 2024 12:00:00 GMT")]
    [InlineData(2017, 3, 22, 330, "Wed, 22 Mar 2017 12:00:00 +0530")]
    [InlineData(1999, 12, 31, -270, "Fri, 31 Dec 1999 12:00:00 -0430")]
    public void Rfc822_HasAFourDigitYearAndTheOriginalOffset(int year, int month, int day, int offsetMinutes, string expected) =>
        Assert.Equal(expected, RssWriter.Rfc822(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.FromMinutes(offsetMinutes))));

    [Fact]
    public void Rss_TitlesUseHexadecimalReferencesForAmpersandAndLessThan()
    {
        var xml = Encoding.UTF8.GetString(RssWriter.Write(FeedFolder.Build(FeedFolder.InOutput("Fixtures", "golden", "news"))));
        Assert.Contains("<title>First &#x3C;post&#x3E; &#x26; more</title>", xml, StringComparison.Ordinal);
        Assert.Contains(XDocument.Parse(xml).Descendants("title"), t => t.Value == "First <post> & more");
    }

    [Fact]
    public void Rss_ChannelDescriptionUsesHexadecimalReferencesWhileItemDescriptionsStayHtml()
    {
        var xml = Encoding.UTF8.GetString(RssWriter.Write(FeedFolder.Build(FeedFolder.InOutput("Fixtures", "golden", "news"))));
        Assert.Contains("<description>Small &#x26; plain news for golden tests</description>", xml, StringComparison.Ordinal);
        var channel = CodeHollow.FeedReader.FeedReader.ReadFromString(xml);
        Assert.Equal("Small & plain news for golden tests", channel.Description);
        Assert.Contains("<description>Plain text keeps &amp;lt;b&amp;gt;tags", xml, StringComparison.Ordinal);
    }
}
