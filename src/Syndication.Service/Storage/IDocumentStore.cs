namespace Syndication.Service.Storage;

/// <summary>
/// Where published documents live, by path ("news.atom", "news/first-post.html", "index.html").
/// Behind an interface so a shared store (PostgreSQL) can serve several instances later.
/// </summary>
internal interface IDocumentStore
{
    StoredDocument? Get(string path);

    /// <summary>Publishes atomically; returns false, touching nothing, when the bytes are already the published ones.</summary>
    Task<bool> PublishAsync(string path, byte[] bytes, CancellationToken cancellationToken);

    /// <summary>Removes a document; returns whether one was there.</summary>
    bool Remove(string path);

    /// <summary>Paths of the published documents directly under a folder ("" for the top).</summary>
    IReadOnlyList<string> List(string folder);
}
