namespace Syndication.Service.Audience;

/// <summary>How one client (address and User-Agent) polls the subscription documents.</summary>
/// <param name="Address">Its address, after trusted proxies.</param>
/// <param name="UserAgent">Its User-Agent, cut at 256 characters.</param>
/// <param name="Requests">Polls of any subscription document, refused ones included.</param>
/// <param name="NotModified">Polls answered 304.</param>
/// <param name="NotModifiedShare">NotModified over Requests, 0 to 1.</param>
/// <param name="Refused">Polls answered 429 because they came too fast (only with Audience:RefuseFastPolling).</param>
/// <param name="Documents">Documents it polls (up to the few remembered per client).</param>
/// <param name="MedianIntervalSeconds">Median time between two polls of the same document, over its latest polls; null before a second poll.</param>
/// <param name="MinIntervalSeconds">Shortest such time.</param>
/// <param name="PollsFasterThanCache">Its median interval is shorter than CacheSeconds (over at least two intervals).</param>
/// <param name="IgnoresConditionalGet">Most of its repeat polls got a 200 with the ETag it already had: it sends no If-None-Match or If-Modified-Since.</param>
/// <param name="LastSeen">Its latest poll.</param>
internal sealed record PollerReport(
    string Address,
    string UserAgent,
    long Requests,
    long NotModified,
    double NotModifiedShare,
    long Refused,
    int Documents,
    double? MedianIntervalSeconds,
    double? MinIntervalSeconds,
    bool PollsFasterThanCache,
    bool IgnoresConditionalGet,
    DateTimeOffset LastSeen);
