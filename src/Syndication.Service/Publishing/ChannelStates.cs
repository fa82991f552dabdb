using System.Text.Json;
using Syndication.Core.Building;
using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>
/// Each channel's <see cref="ChannelState"/> (its frozen archive pages and the stamp of each article page), persisted
/// beside the documents so a restart renders nothing that has not changed.
/// </summary>
internal sealed class ChannelStates(IDocumentStore store, StateFiles state)
{
    public ChannelState Load(string feed)
    {
        var saved = state.Read<Saved>(feed, StatePath(feed), s => s is { Archives: not null, Pages: not null } && s.Archives.All(p => p is not null && p.Values.All(v => v is not null)));
        if (saved.Archives is null)
        {
            // Written by a version before article pages had stamps: its archive pages stand, every page is rendered once.
            var archives = state.Read<List<Dictionary<string, string>>>(feed, LegacyArchivePath(feed), pages => pages.All(p => p is not null && p.Values.All(v => v is not null)));
            return new ChannelState([.. archives], new Dictionary<string, string>(StringComparer.Ordinal));
        }

        // Only pages the store still has count as written: a page lost from the output folder is rendered again.
        var pages = saved.Pages!.Where(p => store.Has(DocumentPaths.Article(feed, p.Key))).ToDictionary(StringComparer.Ordinal);
        return new ChannelState([.. saved.Archives], pages);
    }

    public Task SaveAsync(string feed, ChannelState channel, CancellationToken cancellationToken) =>
        store.PublishAsync(StatePath(feed), JsonSerializer.SerializeToUtf8Bytes(new Saved
        {
            Archives = [.. channel.Archives.Select(p => p.ToDictionary(StringComparer.Ordinal))],
            Pages = channel.Pages.ToDictionary(StringComparer.Ordinal),
        }), cancellationToken);

    public void Forget(string feed)
    {
        store.Remove(StatePath(feed));
        store.Remove(LegacyArchivePath(feed));
    }

    private static string StatePath(string feed) => $"{DocumentPaths.State}/{feed}.channel.json";

    private static string LegacyArchivePath(string feed) => $"{DocumentPaths.State}/{feed}.archive.json";

    private sealed class Saved
    {
        public List<Dictionary<string, string>>? Archives { get; set; }

        public Dictionary<string, string>? Pages { get; set; }
    }
}
