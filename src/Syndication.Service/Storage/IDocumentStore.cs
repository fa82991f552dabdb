namespace Syndication.Service.Storage;

/// <summary>
/// Where published documents live, by path ("news.atom", "news/first-post.html", "index.html").
/// Behind an asynchronous interface so a shared store (PostgreSQL) can serve several instances later: reading,
/// writing and removing bytes may go over a network; the keys (<see cref="Has"/>, <see cref="List"/>) are an index the
/// store keeps in memory, asked in loops over thousands of pages. The service's own state lives here too (under "_state/").

/// Only what the store itself wrote exists for it: anything else found where it keeps documents is neither served, listed nor deleted.
/// </summary>
internal interface IDocumentStore
{
    /// <summary>The document the store wrote at a path, or null (never written, removed, or changed on disk since and not yet rewritten).</summary>
    ValueTask<StoredDocument?> GetAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Whether the store has a document at a path, without reading it (it is checked when it is read).</summary>
    bool Has(string path);

    /// <summary>
    /// Publishes atomically; returns whether the bytes differ from the ones last published. Unchanged bytes touch nothing,
    /// unless the stored copy went missing or was altered behind the store's back: then it is written again (still false).
    /// </summary>
    Task<bool> PublishAsync(string path, byte[] bytes, CancellationToken cancellationToken);

    /// <summary>Removes a document; returns whether the store had written one there. A file since replaced by another is left alone.</summary>
    ValueTask<bool> RemoveAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes again every document whose stored bytes went missing or were altered, from <paramref name="copies"/> (the
    /// bytes last published at a path, when someone still has them); forgets those no one has a copy of.
    /// </summary>
    Task RestoreAsync(Func<string, byte[]?> copies, CancellationToken cancellationToken);

    /// <summary>When the document at a path was written and the SHA-256 of its bytes, from the index: null when there is none.</summary>
    DocumentInfo? Info(string path);

    /// <summary>Paths of the documents the store wrote directly under a folder ("" for the top).</summary>
    IReadOnlyList<string> List(string folder);
}

/// <summary>What a store's index knows of a document without reading it.</summary>
internal sealed record DocumentInfo(string Sha256, DateTime Written);

internal static class DocumentStores
{
    /// <summary>Restores what the store can from its own copies (a cache in front of it has some).</summary>
    public static Task RestoreAsync(this IDocumentStore store, CancellationToken cancellationToken) => store.RestoreAsync(_ => null, cancellationToken);
}
