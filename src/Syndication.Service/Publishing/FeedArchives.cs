using System.Text.Json;
using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>Which entries each frozen archive page holds (id and stamp when archived), persisted beside the documents.</summary>
internal sealed class FeedArchives(IDocumentStore store, StateFiles state)
{
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Load(string feed) =>
        state.Read<List<Dictionary<string, string>>>(feed, StatePath(feed), pages => pages.All(p => p is not null && p.Values.All(v => v is not null)));

    public Task SaveAsync(string feed, IReadOnlyList<IReadOnlyDictionary<string, string>> pages, CancellationToken cancellationToken) =>
        store.PublishAsync(StatePath(feed), JsonSerializer.SerializeToUtf8Bytes(pages), cancellationToken);

    public void Forget(string feed) => store.Remove(StatePath(feed));

    private static string StatePath(string feed) => $"{DocumentPaths.State}/{feed}.archive.json";
}
