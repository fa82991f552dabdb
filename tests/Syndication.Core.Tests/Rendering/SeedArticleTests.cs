using System.Text;
using AngleSharp.Html.Parser;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;
using Syndication.Core.Rendering;

namespace Syndication.Core.Tests.Rendering;

/// <summary>The first real article reaches readers faithfully, checked through an independent feed reader.</summary>
public sealed class SeedArticleTests
{
    private static readonly string SeedFeed = FeedFolder.InOutput("feeds", "politics-social-media");
    private const string Slug = "kazakhstan-social-media-rebellion";

    private static Feed Atom() => FeedReader.ReadFromString(Encoding.UTF8.GetString(AtomWriter.Write(FeedFolder.Build(SeedFeed))));

    private static Feed Rss() => FeedReader.ReadFromString(Encoding.UTF8.GetString(RssWriter.Write(FeedFolder.Build(SeedFeed))));

    /// <summary>The scraped page's blocks, minus the promotional line, headline, standfirst and the page chrome block.</summary>
    private static List<string> EssayBlocks()
    {
        var scraped = File.ReadAllText(FeedFolder.InOutput("Fixtures", "seed-scraped.txt"));
        var blocks = scraped.Split("\n\n").Select(b => b.Trim()).Where(b => b.Length > 0).ToList();
        Assert.StartsWith("Don’t miss", blocks[0], StringComparison.Ordinal);
        Assert.StartsWith("Kazakhstan, flag\nFlag of Kazakhstan.", blocks[3], StringComparison.Ordinal);
        return ["Flag of Kazakhstan.", .. blocks.Skip(4)];
    }

    private static List<string> BlockTexts(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("p, h2, figcaption").Select(e => e.TextContent.Trim()).ToList();

    [Fact]
    public void Atom_CarriesEveryEssayParagraphInOrder()
    {
        var item = Assert.Single(Atom().Items);
        Assert.Equal(EssayBlocks(), BlockTexts(item.Content));
    }

    [Fact]
    public void Rss_CarriesEveryEssayParagraphInOrderInContentEncoded()
    {
        var item = Assert.Single(Rss().Items);
        Assert.Equal(EssayBlocks(), BlockTexts(item.Content));
    }

    [Fact]
    public void Content_HasSectionHeadingsAsHeadingsAndCaptionsAsCaptions()
    {
        var document = new HtmlParser().ParseDocument(Assert.Single(Atom().Items).Content);
        Assert.Equal(["Authoritarianism and the internet", "Counter-attacks", "A quiet acceptance"], document.QuerySelectorAll("h2").Select(h => h.TextContent));
        var captions = document.QuerySelectorAll("figure > figcaption").Select(c => c.TextContent).ToList();
        Assert.Equal(4, captions.Count);
        Assert.Contains("Almaty city Twitter account (screenshot) Twitter, CC BY", captions);
        Assert.Contains("Akorda/Facebook", captions[2], StringComparison.Ordinal);
        Assert.DoesNotContain(document.QuerySelectorAll("p"), p => p.TextContent.Contains("CC BY", StringComparison.Ordinal));
        Assert.DoesNotContain("Don’t miss", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Atom_ShowsTitleAuthorDatesSummaryLinkAndCategories()
    {
        var feed = Atom();
        var item = (AtomFeedItem)Assert.Single(feed.Items).SpecificItem;
        Assert.Equal("How Kazakhstan govt is using social media to tame rebellion", item.Title);
        Assert.Equal("Nurseit Niyazbekov", item.Author.Name);
        Assert.Equal("2017-03-22T10:57:00+05:30", item.PublishedDateString);
        Assert.Equal("2017-03-22T10:57:00+05:30", item.UpdatedDateString);
        Assert.Equal("By 2013, the percentage of internet users had skyrocketed to 54% in Kazakhstan", item.Summary);
        Assert.Equal($"https://feeds.example.org/feeds/politics-social-media/{Slug}", item.Link);
        Assert.Equal(["Kazakhstan", "Social media", "Authoritarianism", "Internet censorship", "Central Asia"], item.Categories);
        Assert.Equal("This article was originally published on The Conversation.", item.Rights);
        Assert.StartsWith("urn:uuid:", item.Id, StringComparison.Ordinal);
        Assert.Equal("Politics in the Age of Social Media", feed.Title);
        Assert.Contains("Politics in the Age of Social Media, examines how governments", ((AtomFeed)feed.SpecificFeed).Subtitle, StringComparison.Ordinal);
    }

    [Fact]
    public void Rss_ShowsTitleCreatorDatesDescriptionGuidAndCategories()
    {
        var feed = Rss();
        var item = (Rss20FeedItem)Assert.Single(feed.Items).SpecificItem;
        Assert.Equal("How Kazakhstan govt is using social media to tame rebellion", item.Title);
        Assert.Equal("Nurseit Niyazbekov", item.DC.Creator);
        Assert.Equal("Wed, 22 Mar 2017 10:57:00 +0530", item.PublishingDateString);
        Assert.Equal(new DateTime(2017, 3, 22, 5, 27, 0, DateTimeKind.Utc), item.PublishingDate!.Value.ToUniversalTime());
        Assert.Equal("By 2013, the percentage of internet users had skyrocketed to 54% in Kazakhstan", item.Description);
        Assert.Equal("The Conversation", item.DC.Source);
        Assert.Equal(["Kazakhstan", "Social media", "Authoritarianism", "Internet censorship", "Central Asia"], item.Categories);
        Assert.Equal(Assert.Single(Atom().Items).Id, item.Guid);
        Assert.Equal($"https://feeds.example.org/feeds/politics-social-media/{Slug}", item.Link);
        Assert.Equal("This article was originally published on The Conversation.", item.DC.Rights);
    }

    [Fact]
    public void BothFormats_LinkToThemselvesWithAbsoluteSelfUrls()
    {
        var atomSelf = ((AtomFeed)Atom().SpecificFeed).Links.Single(l => l.Relation == "self");
        Assert.Equal("https://feeds.example.org/feeds/politics-social-media.atom", atomSelf.Href);
        var rss = System.Xml.Linq.XDocument.Parse(Rss().OriginalDocument);
        var rssSelf = rss.Descendants((System.Xml.Linq.XNamespace)"http://www.w3.org/2005/Atom" + "link").Single();
        Assert.Equal("self", rssSelf.Attribute("rel")?.Value);
        Assert.Equal("https://feeds.example.org/feeds/politics-social-media.rss", rssSelf.Attribute("href")?.Value);
    }
}
