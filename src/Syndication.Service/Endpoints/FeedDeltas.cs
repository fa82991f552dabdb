using System.IO.Compression;
using Microsoft.Net.Http.Headers;
using Syndication.Core.Rendering;
using Syndication.Service.Publishing;
using Syndication.Service.Storage;

namespace Syndication.Service.Endpoints;

/// <summary>
/// RFC 3229 with the "feed" instance manipulation: a client that sends <c>A-IM: feed</c> and the ETag of a version we
/// remember gets <c>226 IM Used</c> and a complete document holding only the entries new or changed since then.
/// </summary>
internal static class FeedDeltas
{
    private const string AIm = "A-IM";

    /// <summary>The 226 response, or null when the request is not a delta request or names no version we remember.</summary>
    public static IResult? TryServe(HttpContext context, string feed, FeedFormat format, StoredDocument current, FeedVersions versions)
    {
        var request = context.Request;
        var clientETags = request.Headers.IfNoneMatch.SelectMany(v => (v ?? "").Split(',')).Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        if (!AcceptsFeedDeltas(request) || clientETags.Count == 0 || clientETags.Any(t => t == "*" || StoredDocument.IdentityETag(t) == current.ETag))
        {
            return null;
        }

        if (versions.DeltaSince(feed, format.Extension, clientETags) is not { } delta || ContentCodings.Choose(request.Headers.AcceptEncoding) is not { } coding)
        {
            return null;
        }

        var headers = context.Response.Headers;
        headers["IM"] = "feed";
        // RFC 3229 §10.4: "im" lets caches that understand deltas handle them; the rest must not store a partial instance.
        headers.CacheControl = "no-store, im";
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.ETag = current.ETagFor(coding);
        headers.LastModified = current.LastModified.ToString("R");
        if (coding != ContentCodings.Identity)
        {
            headers.ContentEncoding = coding;
        }

        // Deltas differ per client, so they are compressed per request, quickly; published documents are compressed once.
        return new ImUsedResult(ContentCodings.Encode(format.Write(delta), coding, CompressionLevel.Fastest), format.MediaType + "; charset=utf-8");
    }

    private static bool AcceptsFeedDeltas(HttpRequest request) =>
        request.Headers[AIm].SelectMany(v => (v ?? "").Split(',')).Any(v => v.Split(';')[0].Trim().Equals("feed", StringComparison.OrdinalIgnoreCase));

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
