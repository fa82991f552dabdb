using Microsoft.Extensions.Options;
using Syndication.Service.Options;
using Syndication.Service.Publishing;

namespace Syndication.Service.WebSub;

/// <summary>
/// Tells each configured hub about changed topics (hub.mode=publish), in the background: a run only enqueues,
/// so a hub that is slow or down never delays or fails it. Retries with backoff come from the HTTP client's
/// resilience pipeline (Microsoft.Extensions.Http.Resilience).
/// </summary>
internal sealed class WebSubPublisher(IOptions<SyndicationOptions> options, IHttpClientFactory clients, TimeProvider time, ILogger<WebSubPublisher> logger)
    : BackgroundService, ITopicAnnouncer
{
    public const string ClientName = "websub";

    private readonly IReadOnlyList<HubQueue> _hubs = options.Value.WebSub.Hubs.Select(h => new HubQueue(new Uri(h))).ToList();

    public IReadOnlyList<HubDelivery> Deliveries => _hubs.Select(h => h.Snapshot()).ToList();

    /// <summary>Queues one publish notification per hub for each topic.</summary>
    public void Announce(IEnumerable<Uri> topics)
    {
        foreach (var topic in topics)
        {
            foreach (var hub in _hubs)
            {
                hub.Enqueue(topic);
            }
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_hubs.Select(hub => DeliverAsync(hub, stoppingToken)));

    private async Task DeliverAsync(HubQueue hub, CancellationToken stoppingToken)
    {
        var client = clients.CreateClient(ClientName);
        try
        {
            await foreach (var topic in hub.Topics.ReadAllAsync(stoppingToken))
            {
                await NotifyAsync(client, hub, topic, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            hub.Complete();
        }
    }

    private async Task NotifyAsync(HttpClient client, HubQueue hub, Uri topic, CancellationToken stoppingToken)
    {
        try
        {
            using var body = new FormUrlEncodedContent([new("hub.mode", "publish"), new("hub.url", topic.AbsoluteUri)]);
            using var response = await client.PostAsync(hub.Hub, body, stoppingToken);
            response.EnsureSuccessStatusCode();
            hub.Succeeded(time.GetUtcNow());
            logger.HubNotified(hub.Hub.AbsoluteUri, topic.AbsoluteUri);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            hub.Failed(time.GetUtcNow(), e.Message);
            logger.HubFailed(hub.Hub.AbsoluteUri, topic.AbsoluteUri, e.Message);
        }
    }
}
