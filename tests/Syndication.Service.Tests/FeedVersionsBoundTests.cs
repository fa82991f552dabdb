using Syndication.Core.Building;
using Syndication.Core.Channels;
using Syndication.Core.Model;
using Syndication.Core.Rendering;
using Syndication.Service.Publishing;
using Syndication.Service.Storage;
using Syndication.Testing;

namespace Syndication.Service.Tests;

/// <summary>
/// Published channels hold their documents in memory, so only the most recently asked for are held, up to
/// <see cref="FeedVersions.MaxBytes"/>; the others are served from the store until they are published again.
/// </summary>
public sealed class FeedVersionsBoundTests : IDisposable
{
    private const int DocumentBytes = 1 << 20;

    private readonly TempFeeds _folder = new();
    private readonly FeedVersions _versions;

    public FeedVersionsBoundTests()
    {
        var store = new FileDocumentStore(_folder.OutputPath);
        _versions = new FeedVersions(new ChannelStates(store, new StateFiles(store)));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ManyChannelsPublished_OnlyTheBoundIsHeld_TheLastPublishedAmongThem()
    {
        // 60 channels of three 1 MB documents: more than ten times the bound.
        const int Channels = 60;
        for (var i = 0; i < Channels; i++)
        {
            await PublishAsync($"tag-{i}");
        }

        var held = Enumerable.Range(0, Channels).Count(i => _versions.Published($"tag-{i}") is not null);
        Assert.InRange(held, 1, (int)(FeedVersions.MaxBytes / (3 * DocumentBytes)));
        Assert.NotNull(_versions.Published($"tag-{Channels - 1}"));
        Assert.Null(_versions.Published("tag-0"));
    }

    [Fact]
    public async Task AChannelAskedFor_IsHeldLongerThanOnesNobodyAsksFor()
    {
        await PublishAsync("polled");
        for (var i = 0; i < 8; i++)
        {
            // A second between publications: the time a request is noted in.
            await Task.Delay(TimeSpan.FromMilliseconds(1_050));
            Assert.NotNull(_versions.Published("polled"));
            await PublishAsync($"tag-{i}");
        }

        Assert.NotNull(_versions.Published("polled"));
        Assert.Null(_versions.Published("tag-0"));
    }

    private Task<PublishedFeed> PublishAsync(string name)
    {
        var channel = new FeedChannel(new FeedDefinition { Name = name, Title = name, Description = "" });
        var document = new FeedDocument(channel, DateTimeOffset.UnixEpoch, [], new PublicUrls(new Uri("http://localhost/")));
        var formats = FeedFormat.All.Select(f => f.Extension).ToDictionary(
            f => f, f => StoredDocument.Create(Bytes(name + f), DateTimeOffset.UnixEpoch), StringComparer.Ordinal);
        return _versions.PublishAsync(document, formats);
    }

    private static byte[] Bytes(string seed)
    {
        var bytes = new byte[DocumentBytes];
        new Random(StringComparer.Ordinal.GetHashCode(seed)).NextBytes(bytes);
        return bytes;
    }
}
