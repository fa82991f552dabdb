using System.Text.Json;
using Syndication.Core.Building;
using Syndication.Core.Channels;
using Syndication.Core.Rendering;
using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>
/// Channel state as JSON files under "_state/" beside the documents (through the document store, so they are checked
/// like any document): each channel's <see cref="ChannelState"/> (its frozen archive pages, the stamp of each article
/// page, a fingerprint of what it was made from, the entries it carries and its tombstones), its versions and, for a
/// feed, which of its tag and category channels exist, so a restart renders nothing that has not changed and keeps its deltas.
/// </summary>
internal sealed class ChannelStates(IDocumentStore store, StateFiles state) : IChannelStateStore
{
    public async Task<ChannelState> LoadAsync(Channel channel)
    {
        var saved = await ReadAsync(channel);
        if (saved.Archives is null)
        {
            // Written by a version before channels: a feed's archive pages stand, every page is rendered once.
            var archives = channel is FeedChannel
                ? await state.ReadAsync<List<Dictionary<string, string>>>(channel.Name, LegacyArchivePath(channel.Name), pages => pages.All(p => p is not null && p.Values.All(v => v is not null)))
                : [];
            return new ChannelState([.. archives], new Dictionary<string, string>(StringComparer.Ordinal));
        }

        // Only documents the store still has count as written: a page lost from the output folder is rendered again.
        var pages = saved.Pages!.Where(p => store.Has(DocumentPaths.Article(channel.Name, p.Key))).ToDictionary(StringComparer.Ordinal);
        var whole = pages.Count == saved.Pages!.Count && FeedFormat.All.All(f => store.Has(channel.DocumentKey(f.Extension)))
            && (!HtmlPages.HasListing(channel) || store.Has(channel.DocumentKey(HtmlPages.Extension)));
        return new ChannelState([.. saved.Archives], pages) { Inputs = whole ? saved.Inputs : null, Carried = saved.Carried, Tombstones = saved.Tombstones ?? [] };
    }

    public async Task<IReadOnlyList<string>> TermsAsync(FeedChannel feed) =>
        await state.ReadAsync<List<string>>(feed.Name, TermsPath(feed.Name), terms => terms.All(t => t is not null));

    public async Task<IReadOnlyList<FeedVersion>> VersionsAsync(string channel) =>
        await state.ReadAsync<List<FeedVersion>>(channel, VersionsPath(channel), versions => versions.All(v => v is { ETags: not null, Stamps: not null }));

    public Task SaveVersionsAsync(string channel, IReadOnlyList<FeedVersion> versions, CancellationToken cancellationToken) =>
        store.PublishAsync(VersionsPath(channel), JsonSerializer.SerializeToUtf8Bytes(versions), cancellationToken);

    public Task SaveAsync(Channel channel, ChannelState next, CancellationToken cancellationToken) =>
        store.PublishAsync(StatePath(channel.Name), JsonSerializer.SerializeToUtf8Bytes(new Saved
        {
            Archives = [.. next.Archives.Select(p => p.ToDictionary(StringComparer.Ordinal))],
            Pages = next.Pages.ToDictionary(StringComparer.Ordinal),
            Inputs = next.Inputs,
            Carried = next.Carried?.ToDictionary(StringComparer.Ordinal),
            Tombstones = [.. next.Tombstones],
        }), cancellationToken);

    // A file of its own, so saving a channel's state never has to read it first to keep the list.
    public Task SaveTermsAsync(FeedChannel feed, IReadOnlyList<string> terms, CancellationToken cancellationToken) =>
        store.PublishAsync(TermsPath(feed.Name), JsonSerializer.SerializeToUtf8Bytes(terms), cancellationToken);

    public async Task<IReadOnlyList<PublishedId>> PublishedIdsAsync(string feed) =>
        await state.ReadAsync<List<PublishedId>>(feed, PublishedIdsPath(feed), ids => ids.All(i => i is { Id: not null, Slug: not null, File: not null, Title: not null, Content: not null, Origin: not null }));

    public Task SavePublishedIdsAsync(string feed, IReadOnlyList<PublishedId> ids, CancellationToken cancellationToken) =>
        store.PublishAsync(PublishedIdsPath(feed), JsonSerializer.SerializeToUtf8Bytes(ids), cancellationToken);

    public IReadOnlyList<string> FeedsWithPublishedIds() =>
        [.. store.List(DocumentPaths.State).Where(p => p.EndsWith(PublishedIdsSuffix, StringComparison.Ordinal))
            .Select(p => p[(DocumentPaths.State.Length + 1)..^PublishedIdsSuffix.Length])];

    // Kept when the feed goes (ForgetAsync): an id once published is never given to another article.
    public async Task ForgetAsync(Channel channel)
    {
        await store.RemoveAsync(StatePath(channel.Name));
        await store.RemoveAsync(LegacyArchivePath(channel.Name));
        await store.RemoveAsync(TermsPath(channel.Name));
        await store.RemoveAsync(VersionsPath(channel.Name));
    }

    private Task<Saved> ReadAsync(Channel channel) =>
        state.ReadAsync<Saved>(channel.Name, StatePath(channel.Name), s => s is { Archives: not null, Pages: not null } && s.Archives.All(p => p is not null && p.Values.All(v => v is not null))
            && (s.Tombstones ?? []).All(t => t is { Id: not null }) && (s.Carried?.Values.All(v => v is not null) ?? true));

    private static string StatePath(string channel) => $"{DocumentPaths.State}/{channel}.channel.json";

    private static string VersionsPath(string channel) => $"{DocumentPaths.State}/{channel}.versions.json";

    private static string TermsPath(string feed) => $"{DocumentPaths.State}/{feed}.terms.json";

    private const string PublishedIdsSuffix = ".ids.json";

    private static string PublishedIdsPath(string feed) => $"{DocumentPaths.State}/{feed}{PublishedIdsSuffix}";

    private static string LegacyArchivePath(string feed) => $"{DocumentPaths.State}/{feed}.archive.json";

    private sealed class Saved
    {
        public List<Dictionary<string, string>>? Archives { get; set; }

        public Dictionary<string, string>? Pages { get; set; }

        public string? Inputs { get; set; }

        // Both absent from state written before tombstones.
        public Dictionary<string, string>? Carried { get; set; }

        public List<Tombstone>? Tombstones { get; set; }
    }
}
