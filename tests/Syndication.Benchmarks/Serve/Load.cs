using System.Net;

namespace Syndication.Benchmarks.Serve;

/// <summary>What a checked request got: the body, the ETag and the Content-Type.</summary>
internal sealed record Answer(byte[] Body, string? ETag, string? ContentType);

/// <summary>One kind of request that wrk repeats against one server, and what a right answer to it is.</summary>
internal sealed record Load(string Kind, Server Server, string Path, IReadOnlyList<KeyValuePair<string, string>> Headers, HttpStatusCode Status, string Encoding)
{
    public Uri Url => new(Server.Address, Path);

    public string Describe => $"{Server.Name} {Kind}: GET {Path}{string.Concat(Headers.Select(h => $", {h.Key}: {h.Value}"))}";

    /// <summary>One request, as a check before a load: what it got, or an error when the status or coding is not the expected one.</summary>
    public async Task<Answer> FetchAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url);
        foreach (var (name, value) in Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var encoding = response.Content.Headers.ContentEncoding.FirstOrDefault() ?? "identity";
        return response.StatusCode == Status && encoding == Encoding
            ? new Answer(body, response.Headers.ETag?.ToString(), response.Content.Headers.ContentType?.ToString())
            : throw new InvalidOperationException($"{Describe} answered {(int)response.StatusCode} in {encoding}, not {(int)Status} in {Encoding}");
    }

    /// <summary>The ETag this server gives for this request, checked as <see cref="FetchAsync"/> checks it.</summary>
    public async Task<string> ETagAsync(HttpClient http, CancellationToken cancellationToken) =>
        (await FetchAsync(http, cancellationToken)).ETag ?? throw new InvalidOperationException($"{Describe} answered with no ETag");
}
