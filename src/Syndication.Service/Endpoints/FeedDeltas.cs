using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Syndication.Core.Rendering;
using Syndication.Service.Publishing;
using Syndication.Service.Storage;

namespace Syndication.Service.Endpoints;

/// <summary>
/// RFC 3229 with the "feed" instance manipulation: a client that accepts <c>A-IM: feed</c> and sends the ETag of a
/// version we remember gets <c>226 IM Used</c> and a document holding only the entries new or changed since then.
/// </summary>
internal static class FeedDeltas
{
    private const string AIm = "A-IM";
    private const string Feed = "feed";

    /// <summary>The 226 response, or null when the request is not a delta request or names no version we remember.</summary>
    public static IResult? TryServe(HttpContext context, FeedFormat format, PublishedFeed published, StoredDocument current)
    {
        var request = context.Request;
        if (!AcceptsFeedDeltas(request.Headers[AIm])
            || !EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var clientETags)
            || clientETags.Count == 0)
        {
            return null;
        }

        var held = clientETags.Select(t => StoredDocument.IdentityETag(t.ToString())).ToHashSet(StringComparer.Ordinal);
        // The current version (or "*") gets its 304 from the normal path.
        if (clientETags.Any(t => t.Equals(EntityTagHeaderValue.Any)) || held.Contains(current.ETag)
            || published.DeltaSince(format, held) is not { } delta
            || ContentCodings.Choose(request.Headers.AcceptEncoding) is not { } coding)
        {
            return null;
        }

        var headers = context.Response.Headers;
        headers["IM"] = Feed;
        // RFC 3229 §10.4: "im" lets caches that understand deltas handle them; the rest must not store a partial instance.
        headers.CacheControl = "no-store, im";
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.ETag = current.ETagFor(coding);
        headers.LastModified = current.LastModified.ToString("R");
        if (coding != ContentCodings.Identity)
        {
            headers.ContentEncoding = coding;
        }

        return new ImUsedResult(delta.BytesFor(coding), format.ContentType);
    }

    /// <summary>
    /// RFC 3229 §10.5.3: A-IM is a list of instance manipulations with optional q-values, like Accept. "feed" is used
    /// only when listed with q above 0; a list that does not parse, or that also refuses feed with q=0, gets the full document.
    /// </summary>
    private static bool AcceptsFeedDeltas(StringValues aIm)
    {
        if (aIm.Count == 0 || !StringWithQualityHeaderValue.TryParseList(aIm, out var manipulations))
        {
            return false;
        }

        var feed = manipulations.Where(m => m.Value.Equals(Feed, StringComparison.OrdinalIgnoreCase)).ToList();
        return feed.Count > 0 && feed.All(m => m.Quality is not 0);
    }

    /// <summary>226 IM Used with a body (none for HEAD).</summary>
    private sealed class ImUsedResult(byte[] body, string contentType) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = StatusCodes.Status226IMUsed;
            response.ContentType = contentType;
            response.ContentLength = body.Length;
            if (!HttpMethods.IsHead(httpContext.Request.Method))
            {
                await response.Body.WriteAsync(body, httpContext.RequestAborted);
            }
        }
    }
}
