using System.IO.Compression;
using System.Net;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>Precompressed representations chosen by Accept-Encoding, each with its own strong ETag.</summary>
public sealed class CompressionTests(PublishedNewsService service) : IClassFixture<PublishedNewsService>
{
    private const string Atom = "/feeds/news.atom";
    private readonly HttpClient _client = service.Client;

    private async Task<HttpResponseMessage> GetAsync(string? acceptEncoding, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Atom);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await _client.SendAsync(request);
    }

    private static byte[] Decode(byte[] body, string? coding)
    {
        using var input = new MemoryStream(body);
        using Stream stream = coding switch
        {
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            _ => input,
        };
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }

    [Theory]
    [InlineData("gzip", "gzip")]
    [InlineData("br", "br")]
    [InlineData("gzip, br", "br")]
    [InlineData("gzip;q=1, br;q=0.5", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("identity", null)]
    [InlineData("*;q=0.5, identity;q=1", null)]
    public async Task AcceptEncoding_PicksTheRepresentationAndItDecodesToTheIdentityBytes(string acceptEncoding, string? expected)
    {
        using var identity = await GetAsync(null);
        using var response = await GetAsync(acceptEncoding);
        Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(await identity.Content.ReadAsByteArrayAsync(), Decode(await response.Content.ReadAsByteArrayAsync(), expected));
    }

    [Fact]
    public async Task EachRepresentation_HasItsOwnStrongETag()
    {
        using var identity = await GetAsync(null);
        using var gzip = await GetAsync("gzip");
        using var brotli = await GetAsync("br");
        var tags = new[] { identity, gzip, brotli }.Select(r => r.Headers.ETag!).ToList();
        Assert.All(tags, t => Assert.False(t.IsWeak));
        Assert.Equal(3, tags.Select(t => t.Tag).Distinct().Count());
    }

    [Fact]
    public async Task GzipETag_Answers304ForGzipAnd200ForIdentity()
    {
        using var gzip = await GetAsync("gzip");
        var etag = gzip.Headers.ETag!.Tag;
        using var again = await GetAsync("gzip", etag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        using var identity = await GetAsync("identity", etag);
        Assert.Equal(HttpStatusCode.OK, identity.StatusCode);
    }

    [Fact]
    public async Task RefusingEveryCoding_Answers406()
    {
        using var response = await GetAsync("identity;q=0, *;q=0");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }
}
