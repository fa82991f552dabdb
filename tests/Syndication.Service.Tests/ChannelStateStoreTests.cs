using Syndication.Core.Building;
using Syndication.Core.Channels;
using Syndication.Core.Model;
using Syndication.Service.Publishing;
using Syndication.Service.Storage;
using Syndication.Testing;

namespace Syndication.Service.Tests;

/// <summary>
/// What any <see cref="IChannelStateStore"/> must do, whatever holds the state: each kind of state read back as saved,
/// channels kept apart, everything gone after <see cref="IChannelStateStore.ForgetAsync"/>, and all of it still there
/// for a new instance (a restart). A database-backed store derives a class of its own from this one.
/// </summary>
public abstract class ChannelStateStoreContract : IDisposable
{
    private static readonly FeedChannel News = new(new FeedDefinition { Name = "news", Title = "News", Description = "All the news" });
    private static readonly FeedChannel Other = new(new FeedDefinition { Name = "other", Title = "Other", Description = "More" });

    /// <summary>A store over whatever the derived class keeps state in; called again for a restart over the same state.</summary>
    private protected abstract IChannelStateStore Open();

    public virtual void Dispose() => GC.SuppressFinalize(this);

    private static ChannelState State(string id) => new(
        [new Dictionary<string, string>(StringComparer.Ordinal) { [id] = "stamp-" + id }],
        new Dictionary<string, string>(StringComparer.Ordinal))
    {
        Inputs = "inputs-" + id,
        Carried = new Dictionary<string, string>(StringComparer.Ordinal) { [id] = "https://example.org/" + id },
        Tombstones = [new Tombstone("gone-" + id, new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero), "https://example.org/gone", 1), new Tombstone("older-" + id, DateTimeOffset.UnixEpoch, null, null)],
    };

    [Fact]
    public async Task EveryKindOfState_IsReadBackAsSaved_ByANewInstanceToo()
    {
        var store = Open();
        await store.SaveAsync(News, State("a"), CancellationToken.None);
        await store.SaveAsync(Other, State("b"), CancellationToken.None);
        await store.SaveTermsAsync(News, ["news/tags/go", "news/categories/notes"], CancellationToken.None);
        FeedVersion[] versions = [new(new() { ["atom"] = "\"e1\"" }, new() { ["a"] = "s1" }), new(new() { ["atom"] = "\"e2\"" }, new() { ["a"] = "s2" }) { Deleted = new() { ["b"] = DateTimeOffset.UnixEpoch } }];
        await store.SaveVersionsAsync(News.Name, versions, CancellationToken.None);

        foreach (var reader in new[] { store, Open() })
        {
            var news = await reader.LoadAsync(News);
            Assert.Equal("stamp-a", Assert.Single(Assert.Single(news.Archives)).Value);
            Assert.Equal(State("a").Tombstones, news.Tombstones);
            Assert.Equal("https://example.org/a", Assert.Single(news.Carried!).Value);
            Assert.Equal("stamp-b", Assert.Single(Assert.Single((await reader.LoadAsync(Other)).Archives)).Value);
            Assert.Equal(["news/tags/go", "news/categories/notes"], await reader.TermsAsync(News));
            var read = await reader.VersionsAsync(News.Name);
            Assert.Equal(["\"e1\"", "\"e2\""], read.Select(v => v.ETags["atom"]));
            Assert.Equal(["s1", "s2"], read.Select(v => v.Stamps["a"]));
            Assert.Null(read[0].Deleted);
            Assert.Equal(DateTimeOffset.UnixEpoch, Assert.Single(read[1].Deleted!).Value);
            Assert.Empty(await reader.VersionsAsync(Other.Name));
        }
    }

    [Fact]
    public async Task Forget_RemovesAllOfOneChannelsState_AndNoOtherChannels()
    {
        var store = Open();
        foreach (var channel in new[] { News, Other })
        {
            await store.SaveAsync(channel, State(channel.Name), CancellationToken.None);
            await store.SaveTermsAsync(channel, [channel.Name + "/tags/x"], CancellationToken.None);
            await store.SaveVersionsAsync(channel.Name, [new(new() { ["atom"] = "\"e\"" }, [])], CancellationToken.None);
        }

        await store.ForgetAsync(News);

        foreach (var reader in new[] { store, Open() })
        {
            Assert.Empty((await reader.LoadAsync(News)).Archives);
            Assert.Null((await reader.LoadAsync(News)).Inputs);
            Assert.Empty(await reader.TermsAsync(News));
            Assert.Empty(await reader.VersionsAsync(News.Name));
            Assert.Single((await reader.LoadAsync(Other)).Archives);
            Assert.Single(await reader.TermsAsync(Other));
            Assert.Single(await reader.VersionsAsync(Other.Name));
        }
    }

    [Fact]
    public async Task PublishedIds_AreReadBackPerFeed_ListedAndKeptWhenTheFeedIsForgotten()
    {
        var store = Open();
        PublishedId Record(string id, bool live) => new(id, "post", "news/post.md", "Post", DateTimeOffset.UnixEpoch, "hash", "news/post", Pinned: false, live);
        await store.SavePublishedIdsAsync(News.Name, [Record("urn:a", live: true), Record("urn:b", live: false)], CancellationToken.None);
        await store.SavePublishedIdsAsync(Other.Name, [Record("urn:c", live: true)], CancellationToken.None);

        // Forgetting a feed's channel state leaves its ids: an id once published is never given to another article.
        await store.ForgetAsync(News);

        foreach (var reader in new[] { store, Open() })
        {
            Assert.Equal([Record("urn:a", live: true), Record("urn:b", live: false)], await reader.PublishedIdsAsync(News.Name));
            Assert.Equal([Record("urn:c", live: true)], await reader.PublishedIdsAsync(Other.Name));
            Assert.Empty(await reader.PublishedIdsAsync("never"));
            Assert.Equal(["news", "other"], reader.FeedsWithPublishedIds().Order(StringComparer.Ordinal));
        }
    }
}

/// <summary>The contract over the files the service keeps beside its documents.</summary>
public sealed class FileChannelStateStoreTests : ChannelStateStoreContract
{
    private readonly TempFeeds _folder = new();
    private protected override IChannelStateStore Open()
    {
        var documents = new FileDocumentStore(_folder.OutputPath);
        return new ChannelStates(documents, new StateFiles(documents));
    }

    [Fact]
    public async Task StateAndVersionsWrittenBeforeTombstones_StillLoad_WithoutCarriedIdsOrVersionTombstones()
    {
        var documents = new FileDocumentStore(_folder.OutputPath);
        await documents.PublishAsync("_state/news.channel.json", "{\"Archives\":[{\"id-1\":\"stamp-1\"}],\"Pages\":{},\"Inputs\":\"x\"}"u8.ToArray(), CancellationToken.None);
        await documents.PublishAsync("_state/news.versions.json", "[{\"ETags\":{\"atom\":\"\\\"e1\\\"\"},\"Stamps\":{\"id-1\":\"s1\"}}]"u8.ToArray(), CancellationToken.None);
        var states = new ChannelStates(documents, new StateFiles(documents));
        var news = new FeedChannel(new FeedDefinition { Name = "news", Title = "News", Description = "All the news" });

        var state = await states.LoadAsync(news);
        var version = Assert.Single(await states.VersionsAsync("news"));

        Assert.Equal("stamp-1", Assert.Single(Assert.Single(state.Archives)).Value);
        Assert.Null(state.Carried);
        Assert.Empty(state.Tombstones);
        Assert.Equal("\"e1\"", version.ETags["atom"]);
        Assert.Null(version.Deleted);
    }

    public override void Dispose()
    {
        _folder.Dispose();
        base.Dispose();
    }
}
