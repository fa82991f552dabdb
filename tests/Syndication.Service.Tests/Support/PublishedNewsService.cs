namespace Syndication.Service.Tests.Support;

/// <summary>One service shared by a test class that only reads: the "news" feed, published by the start-up run.</summary>
public sealed class PublishedNewsService : IAsyncLifetime, IDisposable
{
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();
    private readonly ServiceFactory _factory;

    public PublishedNewsService()
    {
        _factory = new ServiceFactory(_feeds);
        Client = _factory.CreateClient();
    }

    public HttpClient Client { get; }

    /// <summary>The running service's own services, for a test that asks what it maps.</summary>
    public IServiceProvider Services => _factory.Services;

    public async Task InitializeAsync()
    {
        await Client.WaitForFirstRunAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
        _feeds.Dispose();
    }
}
