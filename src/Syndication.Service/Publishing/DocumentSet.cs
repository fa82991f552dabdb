using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>
/// Publishes one document in every format as a set: when a write fails, the formats already written get their previous
/// bytes back (or go, if they are new), so readers never see a feed's Atom, RSS and JSON disagree.
/// </summary>
internal static class DocumentSet
{
    /// <summary>Whether each document changed; rethrows the write failure after putting back what was written before it.</summary>
    public static async Task<bool[]> PublishAsync(IDocumentStore store, IReadOnlyList<(string Path, byte[] Bytes)> documents, CancellationToken cancellationToken)
    {
        var previous = new List<byte[]?>();
        foreach (var (path, _) in documents)
        {
            previous.Add((await store.GetAsync(path, cancellationToken))?.Bytes);
        }

        var changed = new bool[documents.Count];
        var written = 0;
        try
        {
            for (; written < documents.Count; written++)
            {
                changed[written] = await store.PublishAsync(documents[written].Path, documents[written].Bytes, cancellationToken);
            }
        }
        catch
        {
            await RestoreAsync(store, documents.Take(written).Select(d => d.Path).Zip(previous));
            throw;
        }

        return changed;
    }

    private static async Task RestoreAsync(IDocumentStore store, IEnumerable<(string Path, byte[]? Bytes)> documents)
    {
        foreach (var (path, bytes) in documents)
        {
            try
            {
                if (bytes is null)
                {
                    await store.RemoveAsync(path);
                }
                else
                {
                    await store.PublishAsync(path, bytes, CancellationToken.None);
                }
            }
            catch (Exception)
            {
                // The disk that refused the new version may refuse the old one too; the write failure is what gets reported.
            }
        }
    }
}
