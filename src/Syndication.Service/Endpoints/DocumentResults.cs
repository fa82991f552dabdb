using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Syndication.Service.Metrics;
using Syndication.Service.Options;
using Syndication.Service.Storage;

namespace Syndication.Service.Endpoints;

/// <summary>
/// Serves a stored document the way aggregators need: the precompressed representation the client accepts, its own
/// strong ETag, Last-Modified and Cache-Control, and 304s from ASP.NET's own conditional-request logic.
/// </summary>
internal static class DocumentResults
{
    public static IResult Serve(HttpContext context, StoredDocument document, string contentType)
    {
        var cacheControl = context.RequestServices.GetRequiredService<IOptions<SyndicationOptions>>().Value.CacheControl;
        return Serve(context, document, contentType, cacheControl);
    }

    public static IResult Serve(HttpContext context, StoredDocument document, string contentType, string cacheControl)
    {
        var headers = context.Response.Headers;
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.CacheControl = cacheControl;
        var codings = ContentCodings.Ranked(context.Request.Headers.AcceptEncoding);
        if (codings.Count == 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status406NotAcceptable, title: "Not acceptable",
                detail: "Documents are available as br, gzip or identity; Accept-Encoding refuses all three.");
        }

        var (coding, bytes) = Representation(document, codings);
        var result = TypedResults.Bytes(bytes, contentType, lastModified: document.LastModified,
            entityTag: document.EntityTagFor(coding));
        if (coding == ContentCodings.Identity)
        {
            return result;
        }

        headers.ContentEncoding = coding;
        return new CompressionSavings(result, coding, document.Bytes.Length, bytes.Length);
    }

    /// <summary>
    /// The best representation the client accepts that is ready; the client's first choice is made in the background
    /// when it is not (see <see cref="CompressionPolicy"/>). Made now only for a client that accepts nothing ready.
    /// </summary>
    private static (string Coding, byte[] Bytes) Representation(StoredDocument document, IReadOnlyList<string> codings)
    {
        foreach (var coding in codings)
        {
            if (document.Ready(coding) is { } bytes)
            {
                if (coding != codings[0])
                {
                    document.CompressInBackground();
                }

                return (coding, bytes);
            }
        }

        return (codings[0], document.BytesFor(codings[0]));
    }

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
