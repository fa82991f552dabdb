using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
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
        var cacheSeconds = context.RequestServices.GetRequiredService<IOptions<SyndicationOptions>>().Value.CacheSeconds;
        return Serve(context, document, contentType, $"public, max-age={cacheSeconds}");
    }

    public static IResult Serve(HttpContext context, StoredDocument document, string contentType, string cacheControl)
    {
        var headers = context.Response.Headers;
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.CacheControl = cacheControl;
        if (ContentCodings.Choose(context.Request.Headers.AcceptEncoding) is not { } coding)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status406NotAcceptable, title: "Not acceptable",
                detail: "Documents are available as br, gzip or identity; Accept-Encoding refuses all three.");
        }

        if (coding != ContentCodings.Identity)
        {
            headers.ContentEncoding = coding;
        }

        return TypedResults.Bytes(document.BytesFor(coding), contentType, lastModified: document.LastModified,
            entityTag: EntityTagHeaderValue.Parse(document.ETagFor(coding)));
    }

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
