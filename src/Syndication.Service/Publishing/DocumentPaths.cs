namespace Syndication.Service.Publishing;

/// <summary>Where each document of a feed lives in the store; endpoints and the regenerator agree through this one place.</summary>
internal static class DocumentPaths
{
    public const string Index = "index.html";

    public static string Feed(string feed, string extension) => $"{feed}.{extension}";

    public static string Folder(string feed) => feed;

    public static string Article(string feed, string slug) => $"{feed}/{slug}.html";
}
