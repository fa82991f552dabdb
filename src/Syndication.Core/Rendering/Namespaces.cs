namespace Syndication.Core.Rendering;

/// <summary>The XML namespaces our documents use, with the prefixes validators expect.</summary>
internal static class Namespaces
{
    public const string Atom = "http://www.w3.org/2005/Atom";
    public const string Content = "http://purl.org/rss/1.0/modules/content/";
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";
    public const string FeedHistory = "http://purl.org/syndication/history/1.0";
    public const string Tombstones = "http://purl.org/atompub/tombstones/1.0";
    public const string Xmlns = "http://www.w3.org/2000/xmlns/";
}
