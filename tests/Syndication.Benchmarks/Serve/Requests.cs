using System.Net;

namespace Syndication.Benchmarks.Serve;

/// <summary>The kinds of request measured, as aggregators send them.</summary>
internal static class Requests
{
    private const HttpStatusCode ImUsed = (HttpStatusCode)226;

    /// <summary>The stored document in a coding: 200, <c>Accept-Encoding</c> naming only that coding.</summary>
    public static Load Stored(Server server, string path, string coding) =>
        new($"200 {coding}", server, path, [new("Accept-Encoding", coding)], HttpStatusCode.OK, coding);

    /// <summary>A poll that names the ETag the server gave for identity: 304.</summary>
    public static Load NotModified(Server server, string path, string etag) =>
        new("304", server, path, [new("If-None-Match", etag)], HttpStatusCode.NotModified, "identity");

    /// <summary>An RFC 3229+feed poll naming an older version's ETag: 226 with the entries since then, in the coding asked for.</summary>
    public static Load Delta(Server server, string path, string coding, string olderETag) =>
        new($"226 {coding}", server, path, [new("Accept-Encoding", coding), new("A-IM", "feed"), new("If-None-Match", olderETag)], ImUsed, coding);
}
