namespace Syndication.Service.Tests.Support;

/// <summary>One life of the service on a feeds and output folder: a new one on the same folders is a restart.</summary>
public sealed class ServiceLife(TempFeeds feeds, IReadOnlyDictionary<string, string?>? overrides = null) : IAsyncDisposable
{
    private readonly ServiceFactory _factory = new(feeds, overrides);
    private HttpClient? _client;

    public HttpClient Client => _client ??= _factory.CreateClient();

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        await _factory.DisposeAsync();
    }
}
