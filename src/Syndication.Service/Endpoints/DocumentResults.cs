using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Syndication.Service.Options;
using Syndication.Service.Storage;

namespace Syndication.Service.Endpoints;

/// <summary>Serves a stored document the way aggregators need: strong ETag, Last-Modified, Cache-Control, and 304s from ASP.NET's own conditional-request logic.</summary>
internal static class DocumentResults
{
    public static IResult Serve(HttpContext context, StoredDocument document, string contentType)
    {
        var cacheSeconds = context.RequestServices.GetRequiredService<IOptions<SyndicationOptions>>().Value.CacheSeconds;
        context.Response.Headers.CacheControl = $"public, max-age={cacheSeconds}";
        return TypedResults.Bytes(document.Bytes, contentType, lastModified: document.LastModified, entityTag: EntityTagHeaderValue.Parse(document.ETag));
    }

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
