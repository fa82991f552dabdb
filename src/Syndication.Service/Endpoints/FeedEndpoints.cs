using Syndication.Core.Building;
using Syndication.Core.Parsing;
using Syndication.Core.Rendering;
using Syndication.Service.Publishing;
using Syndication.Service.Storage;

namespace Syndication.Service.Endpoints;

/// <summary>The public routes: the index, the feeds in each format, and one page per article.</summary>
internal static class FeedEndpoints
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    private const string HtmlType = HtmlPages.MediaType + "; charset=utf-8";

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/", GetAndHead, Index);
        var feeds = app.MapGroup("/feeds");
        feeds.MapMethods("/{feed}.{format}", GetAndHead, Document);
        feeds.MapMethods("/{feed}/{slug}", GetAndHead, Article);
        feeds.MapMethods("/{feed}/archive/{number:int:min(1)}.{format}", GetAndHead, Archive);
        return app;
    }

    private static IResult Index(HttpContext context, IDocumentStore store) =>
        store.Get(DocumentPaths.Index) is { } index
            ? DocumentResults.Serve(context, index, HtmlType)
            : DocumentResults.NotFound("The first run has not finished yet.");

    private static IResult Document(HttpContext context, string feed, string format, IDocumentStore store, FeedBuilder builder, PublicUrls urls, FeedVersions versions)
    {
        if (!Slugs.IsValid(feed) || FeedFormat.Find(format) is not { } feedFormat)
        {
            return DocumentResults.NotFound($"There is no feed document '{feed}.{format}'.");
        }

        // Read once: the body, its ETag and the delta history all come from this one published version.
        var published = versions.Published(feed);
        if ((published is null ? FromDisk(store, feed, format) : published.Format(format)) is not { } document)
        {
            return DocumentResults.NotFound($"There is no feed document '{feed}.{format}'.");
        }

        // WebSub discovery (RFC 8288 Link headers): subscribers find the hubs and the canonical topic URL here.
        context.Response.Headers.Link = builder.Hubs.Select(h => $"<{h.AbsoluteUri}>; rel=\"hub\"")
            .Append($"<{urls.Document(feed, format).AbsoluteUri}>; rel=\"self\"").ToArray();
        return (published is null ? null : FeedDeltas.TryServe(context, feedFormat, published, document))
            ?? DocumentResults.Serve(context, document, feedFormat.MediaType + "; charset=utf-8");
    }

    /// <summary>
    /// Before this process has published a feed, what an earlier one left, but only once every format is there: a run
    /// caught between writing a new feed's Atom and its JSON Feed must not serve one without the others.
    /// </summary>
    private static StoredDocument? FromDisk(IDocumentStore store, string feed, string format) =>
        FeedFormat.All.All(f => store.Get(DocumentPaths.Feed(feed, f.Extension)) is not null) ? store.Get(DocumentPaths.Feed(feed, format)) : null;

    /// <summary>Archive pages never change once written (RFC 5005 §4), so caches may keep them for a year without asking.</summary>
    private static IResult Archive(HttpContext context, string feed, int number, string format, IDocumentStore store) =>
        Slugs.IsValid(feed) && FeedFormat.Find(format) is { } feedFormat && store.Get(DocumentPaths.Archive(feed, number, format)) is { } page
            ? DocumentResults.Serve(context, page, feedFormat.MediaType + "; charset=utf-8", "public, max-age=31536000, immutable")
            : DocumentResults.NotFound($"Feed '{feed}' has no archive page {number} in format '{format}'.");

    private static IResult Article(HttpContext context, string feed, string slug, IDocumentStore store) =>
        Slugs.IsValid(feed) && Slugs.IsValid(slug) && store.Get(DocumentPaths.Article(feed, slug)) is { } page
            ? DocumentResults.Serve(context, page, HtmlType)
            : DocumentResults.NotFound($"There is no article '{slug}' in feed '{feed}'.");
}
