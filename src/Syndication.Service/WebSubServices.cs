using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Syndication.Service.Options;
using Syndication.Service.Publishing;
using Syndication.Service.WebSub;

namespace Syndication.Service;

/// <summary>The WebSub publisher and its HTTP client: retries with exponential backoff and jitter, bounded per attempt and in total.</summary>
internal static class WebSubServices
{
    public static WebApplicationBuilder AddWebSub(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpClient(WebSubPublisher.ClientName)
            .RemoveAllLoggers()   // they log the publish URL (its query hidden only while redaction stays on); WebSubLog logs the advertised one
            .AddStandardResilienceHandler(resilience =>
            {
                resilience.Retry.MaxRetryAttempts = 4;
                resilience.Retry.Delay = TimeSpan.FromSeconds(1);
                resilience.Retry.BackoffType = Polly.DelayBackoffType.Exponential;
                resilience.Retry.UseJitter = true;
                resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(10);
                resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
                resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(60);
            });
        // The one list of hubs (registered with the feed pipeline): documents advertise them, the publisher notifies them.
        builder.Services.AddSingleton<WebSubPublisher>();
        builder.Services.AddSingleton<ITopicAnnouncer>(sp => sp.GetRequiredService<WebSubPublisher>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WebSubPublisher>());
        return builder;
    }
}
