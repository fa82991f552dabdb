using Syndication.Core.Building;
using Syndication.Core.Channels;
using Syndication.Core.Model;
using Syndication.Core.Parsing;
using Syndication.Core.Rendering;
using Syndication.Service.Audience;
using Syndication.Service.Publishing;
using Syndication.Service.Storage;

namespace Syndication.Service.Endpoints;

/// <summary>
/// The public routes: the index, every channel's documents in each format (a feed, its tags and categories, the combined
/// feed) with their archive pages, the page of each feed, tag and category, the OPML list, and one page per article. A channel's URLs and storage keys come from
/// its <see cref="Channel"/>, so every kind is served the same way.
/// </summary>
internal static class FeedEndpoints
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    private const string HtmlType = HtmlPages.MediaType + "; charset=utf-8";

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/", GetAndHead, Index);
        app.MapMethods("/feeds.opml", GetAndHead, Opml);
        app.MapMethods("/feed.{format}", GetAndHead, (HttpContext c, string format) => Document(c, SiteChannel.KeyFolder, format, SiteOf)).RefusingFastPolling(app);
        app.MapMethods("/feed/archive/{number:int:min(1)}.{format}", GetAndHead, (HttpContext c, int number, string format, SiteChannel site) => Archive(c, site, number, format));
        var feeds = app.MapGroup("/feeds");
        feeds.MapMethods("/{feed}.{format}", GetAndHead, (HttpContext c, string feed, string format) =>
            // Checked before the lookup: the combined feed is published under a name that is no slug ("~site").
            !Slugs.IsValid(feed) ? Task.FromResult(NoDocument(c))
            : format == HtmlPages.Extension ? Page(c, FeedNamed(feed))
            : Document(c, feed, format, static (_, name) => FeedNamed(name))).RefusingFastPolling(app);
        feeds.MapMethods("/{feed}/{slug}", GetAndHead, Article);
        feeds.MapMethods("/{feed}/archive/{number:int:min(1)}.{format}", GetAndHead, (HttpContext c, string feed, int number, string format) => Archive(c, FeedNamed(feed), number, format));
        feeds.MapMethods("/{feed}/{kind}/{term}.{format}", GetAndHead, (HttpContext c, string feed, string kind, string term, string format) =>
            format == HtmlPages.Extension ? Page(c, TermNamed($"{feed}/{kind}/{term}")) : Document(c, $"{feed}/{kind}/{term}", format, static (_, name) => TermNamed(name)))
            .RefusingFastPolling(app);
        feeds.MapMethods("/{feed}/{kind}/{term}/archive/{number:int:min(1)}.{format}", GetAndHead,
            (HttpContext c, string feed, string kind, string term, int number, string format) => Archive(c, TermNamed($"{feed}/{kind}/{term}"), number, format));
        return app;
    }

    private static async Task<IResult> Index(HttpContext context, IDocumentStore store) =>
        await store.GetAsync(DocumentPaths.Index, context.RequestAborted) is { } index
            ? DocumentResults.Serve(context, index, HtmlType)
            : DocumentResults.NotFound("The first run has not finished yet.");

    private static async Task<IResult> Opml(HttpContext context, IDocumentStore store) =>
        await store.GetAsync(SiteChannel.OpmlKey, context.RequestAborted) is { } opml
            ? DocumentResults.Serve(context, opml, OpmlWriter.MediaType + "; charset=utf-8")
            : DocumentResults.NotFound("The first run has not finished yet.");

    /// <summary>
    /// A channel's subscription document in a format, with the WebSub discovery headers and RFC 3229+feed deltas. The
    /// channel is looked up by name among those published; <paramref name="channelOf"/> makes it only when none is (before
    /// this process's first run, or for a name that is none).
    /// </summary>
    private static async Task<IResult> Document(HttpContext context, string name, string format, Func<HttpContext, string, Channel?> channelOf)
    {
        var services = context.RequestServices;
        if (FeedFormat.Find(format) is not { } feedFormat)
        {
            return NoDocument(context);
        }

        // Read once: the body, its ETag and the delta history all come from this one published version.
        var published = services.GetRequiredService<FeedVersions>().Published(name);
        var builder = services.GetRequiredService<FeedBuilder>();
        StoredDocument? document;
        if (published is not null)
        {
            document = published.Format(format);
            context.Response.Headers.Link = published.Links(feedFormat, builder);
        }
        else if (channelOf(context, name) is { } channel)
        {
            document = await FromDiskAsync(services.GetRequiredService<IDocumentStore>(), channel, format, context.RequestAborted);
            context.Response.Headers.Link = DiscoveryLinks.Of(channel, feedFormat, builder);
        }
        else
        {
            return NoDocument(context);
        }

        if (document is null)
        {
            return NoDocument(context);
        }

        var result = (published is null ? null : FeedDeltas.TryServe(context, feedFormat, published, document))
            ?? DocumentResults.Serve(context, document, feedFormat.ContentType);
        // Who reads it and how they poll (README "Audience"): counted here, where a real document is answered.
        return services.GetRequiredService<FeedTraffic>().Observe(context, name, format, result);
    }

    private static IResult NoDocument(HttpContext context) => DocumentResults.NotFound($"There is no feed document '{context.Request.Path}'.");

    /// <summary>
    /// Before this process has published a channel, what an earlier one left, but only once every format is there: a run
    /// caught between writing a new feed's Atom and its JSON Feed must not serve one without the others.
    /// </summary>
    private static async Task<StoredDocument?> FromDiskAsync(IDocumentStore store, Channel channel, string format, CancellationToken cancellationToken)
    {
        foreach (var other in FeedFormat.All)
        {
            if (await store.GetAsync(channel.DocumentKey(other.Extension), cancellationToken) is null)
            {
                return null;
            }
        }

        return await store.GetAsync(channel.DocumentKey(format), cancellationToken);
    }

    /// <summary>Archive pages never change once written (RFC 5005 §4), so caches may keep them for a year without asking.</summary>
    private static async Task<IResult> Archive(HttpContext context, Channel? channel, int number, string format) =>
        channel is not null && FeedFormat.Find(format) is { } feedFormat
            && await context.RequestServices.GetRequiredService<IDocumentStore>().GetAsync(channel.ArchiveKey(number, format), context.RequestAborted) is { } page
            ? DocumentResults.Serve(context, page, feedFormat.ContentType, "public, max-age=31536000, immutable")
            : DocumentResults.NotFound($"There is no archive page '{context.Request.Path}'.");

    /// <summary>A feed's, tag's or category's page, beside its documents.</summary>
    private static async Task<IResult> Page(HttpContext context, Channel? channel) =>
        channel is not null && await context.RequestServices.GetRequiredService<IDocumentStore>().GetAsync(channel.DocumentKey(HtmlPages.Extension), context.RequestAborted) is { } page
            ? DocumentResults.Serve(context, page, HtmlType)
            : NoDocument(context);

    private static async Task<IResult> Article(HttpContext context, string feed, string slug, IDocumentStore store) =>
        Slugs.IsValid(feed) && Slugs.IsValid(slug) && await store.GetAsync(DocumentPaths.Article(feed, slug), context.RequestAborted) is { } page
            ? DocumentResults.Serve(context, page, HtmlType)
            : DocumentResults.NotFound($"There is no article '{slug}' in feed '{feed}'.");

    private static SiteChannel SiteOf(HttpContext context, string name) => context.RequestServices.GetRequiredService<SiteChannel>();

    // Only the name matters for a channel's URLs and keys; the request never decides anything else about it.
    private static FeedDefinition Named(string feed) => new() { Name = feed, Title = feed, Description = "" };

    private static FeedChannel? FeedNamed(string feed) => Slugs.IsValid(feed) ? new FeedChannel(Named(feed)) : null;

    /// <summary>A tag or category channel from its name ("news/tags/rust"); the term's slug is checked by <see cref="TermChannels"/>.</summary>
    private static TermChannel? TermNamed(string name) =>
        name.Split('/') is [var feed, _, _] && Slugs.IsValid(feed) ? TermChannels.Named(Named(feed), name) : null;
}
