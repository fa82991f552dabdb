using System.Text;
using System.Text.Json;
using CodeHollow.FeedReader;
using Syndication.Core.Building;
using Syndication.Core.Rendering;

namespace Syndication.Core.Tests.Rendering;

public sealed class JsonFeedWriterTests
{
    private static readonly FeedDocument Seed = FeedFolder.Build(FeedFolder.InOutput("feeds", "politics-social-media"));

    private static JsonElement Json(FeedDocument document) => JsonDocument.Parse(JsonFeedWriter.Write(document)).RootElement;

    [Fact]
    public void JsonFeed_HasTheVersion11FieldsForTheSeedArticle()
    {
        var root = Json(Seed);
        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal("https://feeds.example.org/feeds/politics-social-media.json", root.GetProperty("feed_url").GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());
        var item = root.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(AtomIdOfSeed(), item.GetProperty("id").GetString());
        Assert.Equal("https://feeds.example.org/feeds/politics-social-media/kazakhstan-social-media-rebellion", item.GetProperty("url").GetString());
        Assert.Equal("2017-03-22T10:57:00+05:30", item.GetProperty("date_published").GetString());
        Assert.Equal("2017-03-22T10:57:00+05:30", item.GetProperty("date_modified").GetString());
        Assert.Equal("Nurseit Niyazbekov", item.GetProperty("authors")[0].GetProperty("name").GetString());
        Assert.Equal(5, item.GetProperty("tags").GetArrayLength());
        Assert.Contains("<h2>Counter-attacks</h2>", item.GetProperty("content_html").GetString(), StringComparison.Ordinal);
        Assert.Equal("By 2013, the percentage of internet users had skyrocketed to 54% in Kazakhstan", item.GetProperty("summary").GetString());
    }

    [Fact]
    public void JsonFeed_IsReadByAnIndependentReader()
    {
        var feed = FeedReader.ReadFromString(Encoding.UTF8.GetString(JsonFeedWriter.Write(Seed)));
        Assert.Equal(FeedType.JsonFeed, feed.Type);
        Assert.Equal("How Kazakhstan govt is using social media to tame rebellion", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void JsonFeed_AdvertisesHubsAndPagesToOlderItems()
    {
        var document = Seed with { Hubs = [new Uri("https://hub.example.net/")], Page = FeedPage.Subscription(archives: 4) };
        var root = Json(document);
        Assert.Equal("WebSub", root.GetProperty("hubs")[0].GetProperty("type").GetString());
        Assert.Equal("https://feeds.example.org/feeds/politics-social-media/archive/4.json", root.GetProperty("next_url").GetString());
    }

    private static string AtomIdOfSeed() => Assert.Single(FeedReader.ReadFromString(Encoding.UTF8.GetString(AtomWriter.Write(Seed))).Items).Id;
}
