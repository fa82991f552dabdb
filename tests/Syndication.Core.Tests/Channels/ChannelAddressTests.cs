using Syndication.Core.Building;
using Syndication.Core.Channels;
using Syndication.Core.Model;

namespace Syndication.Core.Tests.Channels;

/// <summary>Each kind of channel's public URLs, storage keys and feed id, written out by hand.</summary>
public sealed class ChannelAddressTests
{
    private static readonly PublicUrls Urls = new(new Uri("https://example.org/blog/"));
    private static readonly FeedDefinition News = new() { Name = "news", Title = "News", Description = "D" };

    private static (string Document, string Archive, string DocumentKey, string ArchiveKey) Addresses(Channel channel) =>
        (channel.DocumentUrl(Urls, "atom").AbsoluteUri, channel.ArchiveUrl(Urls, 3, "rss").AbsoluteUri, channel.DocumentKey("json"), channel.ArchiveKey(3, "rss"));

    [Fact]
    public void FeedChannel_KeepsTodaysUrlsKeysAndId()
    {
        var channel = new FeedChannel(News);
        Assert.Equal(("https://example.org/blog/feeds/news.atom", "https://example.org/blog/feeds/news/archive/3.rss", "news.json", "news/archive/3.rss"), Addresses(channel));
        Assert.Equal("news/archive", channel.ArchiveFolderKey);
        Assert.Equal("urn:uuid:5ae7d58d-0a99-5fd8-a07a-41cc8dc3d6b9", channel.Id);
        Assert.Equal("tag:example.org,2020:news", new FeedChannel(News with { Id = "tag:example.org,2020:news" }).Id);
    }

    [Fact]
    public void TagChannel_LivesUnderTheFeedsTagsFolder()
    {
        var channel = new TagChannel(News, "Rust");
        Assert.Equal(("https://example.org/blog/feeds/news/tags/rust.atom", "https://example.org/blog/feeds/news/tags/rust/archive/3.rss", "news/tags/rust.json", "news/tags/rust/archive/3.rss"), Addresses(channel));
        // python3 -c "import uuid; print(uuid.uuid5(uuid.UUID('5d1c8c51-3c5f-4a43-9d0b-6f1f0b9a4e27'), 'feed/news/tags/rust'))"
        Assert.Equal("urn:uuid:7985ef41-f705-5a69-b1e6-e9eb566dc52a", channel.Id);
        Assert.Equal(("news/tags/rust", "News: Rust", "Rust"), (channel.Name, channel.Definition.Title, channel.Term));
    }

    [Fact]
    public void CategoryChannel_LivesUnderTheFeedsCategoriesFolder()
    {
        var channel = new CategoryChannel(News with { Id = "tag:example.org,2020:news" }, "Release notes");
        Assert.Equal(("https://example.org/blog/feeds/news/categories/release-notes.atom", "https://example.org/blog/feeds/news/categories/release-notes/archive/3.rss", "news/categories/release-notes.json", "news/categories/release-notes/archive/3.rss"), Addresses(channel));
        // The feed's own id does not leak into its categories' ids, which are derived from names alone.
        Assert.Equal("urn:uuid:d9ba1ed1-f13b-5d7f-a681-1e27bcb5407e", channel.Id);
    }

    [Fact]
    public void TagChannel_WithNonLatinName_HasAPercentEncodedUrlAndAUnicodeKey()
    {
        var channel = new TagChannel(News, "日本語");
        Assert.Equal("https://example.org/blog/feeds/news/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E.atom", channel.DocumentUrl(Urls, "atom").AbsoluteUri);
        Assert.Equal("news/tags/日本語.atom", channel.DocumentKey("atom"));
        Assert.Equal("urn:uuid:6355cea0-2fdf-511b-aee0-2e3ae41b075b", channel.Id);
    }

    [Fact]
    public void SiteChannel_HasRootUrlsAndKeysNoFeedCanTake()
    {
        var site = new SiteChannel("Everything", "All feeds", limit: 20);
        Assert.Equal(("https://example.org/blog/feed.atom", "https://example.org/blog/feed/archive/3.rss", "~site/feed.json", "~site/archive/3.rss"), Addresses(site));
        Assert.Equal("https://example.org/blog/feeds.opml", SiteChannel.OpmlUrl(Urls).AbsoluteUri);
        Assert.Equal("~site/feeds.opml", SiteChannel.OpmlKey);
        Assert.Equal("urn:uuid:3ee86bac-a5df-5eba-b74e-da8f2a5a433e", site.Id);
        Assert.Equal(("Everything", "All feeds", 20), (site.Definition.Title, site.Definition.Description, site.Definition.Limit));
    }

    [Fact]
    public void EachChannelsDefinition_IsNamedAfterTheChannel()
    {
        Channel[] channels = [new FeedChannel(News), new TagChannel(News, "A b"), new CategoryChannel(News, "A b"), new SiteChannel("S", "D")];
        Assert.Equal(["news", "news/tags/a-b", "news/categories/a-b", "~site"], channels.Select(c => c.Definition.Name));
        Assert.All(channels, c => Assert.Equal(c.Name, c.Definition.Name));
    }

    [Fact]
    public void Channels_AreEqualByName()
    {
        Assert.Equal<Channel>(new TagChannel(News, "Rust"), new TagChannel(News with { Title = "Other" }, "rust"));
        Assert.NotEqual<Channel>(new TagChannel(News, "rust"), new CategoryChannel(News, "rust"));
    }

    [Fact]
    public void Documents_TakeSelfAndArchiveLinksFromTheirChannel()
    {
        var page = new FeedBuilder(Urls).Document(new TagChannel(News, "Rust"), [], FeedPage.Archive(2));
        Assert.Equal(
            [("current", "https://example.org/blog/feeds/news/tags/rust.atom"), ("prev-archive", "https://example.org/blog/feeds/news/tags/rust/archive/1.atom"), ("next-archive", "https://example.org/blog/feeds/news/tags/rust/archive/3.atom")],
            page.HistoryLinks("atom").Select(l => (l.Rel, l.Href.AbsoluteUri)));
        Assert.Equal("https://example.org/blog/feeds/news/tags/rust/archive/2.json", page.Self("json").AbsoluteUri);
    }
}
