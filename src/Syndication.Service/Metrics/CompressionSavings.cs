namespace Syndication.Service.Metrics;

/// <summary>
/// A compressed document's result that counts the bytes compression saved once it has run: only then is it known
/// whether the body was sent at all (a 304 or a HEAD sends none). The one allocation it adds is on compressed responses only.
/// </summary>
internal sealed class CompressionSavings(IResult document, string coding, int identityLength, int sentLength) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        await document.ExecuteAsync(httpContext);
        if (httpContext.Response.StatusCode == StatusCodes.Status200OK && !HttpMethods.IsHead(httpContext.Request.Method))
        {
            httpContext.RequestServices.GetRequiredService<SyndicationMetrics>().Compressed(coding, identityLength, sentLength);
        }
    }
}
