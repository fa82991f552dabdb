using Syndication.Service.Metrics;
using Syndication.Service.Publishing;

namespace Syndication.Service.WebSub;

/// <summary>
/// Tells each configured hub about changed topics (hub.mode=publish), in the background: a run only enqueues,
/// so a hub that is slow or down never delays or fails it. Retries with backoff come from the HTTP client's
/// resilience pipeline (Microsoft.Extensions.Http.Resilience).
/// </summary>
internal sealed class WebSubPublisher(IReadOnlyList<Hub> hubs, IHttpClientFactory clients, SyndicationMetrics metrics, TimeProvider time, ILogger<WebSubPublisher> logger)
    : BackgroundService, ITopicAnnouncer
{
    public const string ClientName = "websub";

    private readonly IReadOnlyList<HubQueue> _hubs = hubs.Select(h => new HubQueue(h)).ToList();

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
            using var request = new HttpRequestMessage(HttpMethod.Post, hub.Hub.PublishUrl)
            {
                Content = new FormUrlEncodedContent([new("hub.mode", "publish"), new("hub.url", topic.AbsoluteUri)]),
            };
            request.Headers.Authorization = hub.Hub.Authorization;
            using var response = await client.SendAsync(request, stoppingToken);
            response.EnsureSuccessStatusCode();
            hub.Succeeded(time.GetUtcNow());
            metrics.WebSubPing(delivered: true);
            logger.HubNotified(hub.Hub.Advertised.AbsoluteUri, topic.AbsoluteUri);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            hub.Failed(time.GetUtcNow(), e.Message);
            metrics.WebSubPing(delivered: false);
            logger.HubFailed(hub.Hub.Advertised.AbsoluteUri, topic.AbsoluteUri, hub.Hub.Redact(e.Message));
        }
    }
}
