namespace Syndication.Service.Publishing;

/// <summary>Where each document of a feed lives in the store; endpoints and the regenerator agree through this one place.</summary>
internal static class DocumentPaths
{
    public const string Index = "index.html";

    /// <summary>Service state kept beside the documents; '_' cannot start a slug, so no feed's folder collides with it.</summary>
    public const string State = "_state";

    /// <summary>The extension of every format a feed is published in.</summary>
    public static readonly IReadOnlyList<string> Formats = [.. Syndication.Core.Rendering.FeedFormat.All.Select(f => f.Extension)];

    public static string Feed(string feed, string extension) => $"{feed}.{extension}";

    public static string Folder(string feed) => feed;

    public static string ArchiveFolder(string feed) => $"{feed}/archive";

    public static string Archive(string feed, int number, string extension) => $"{feed}/archive/{number}.{extension}";

    public static string Article(string feed, string slug) => $"{feed}/{slug}.html";

    /// <summary>
    /// Documents polled all day (each feed's and the combined feed's subscription documents, the index, the OPML),
    /// compressed when published and the last to leave the bounded cache in memory. Tag and category feeds, archive pages
    /// and article pages are many more and fetched far less, so they are compressed on first request (see
    /// CompressionPolicy and DocumentCache).
    /// </summary>
    public static bool IsPolled(string path) =>
        !path.Contains('/', StringComparison.Ordinal)
        || (path.StartsWith("~site/", StringComparison.Ordinal) && path.IndexOf('/', "~site/".Length) < 0);
}
