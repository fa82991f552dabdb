namespace Syndication.Service.Options;

/// <summary>The <c>Syndication</c> section of appsettings.json; relative paths are taken from the content root.</summary>
internal sealed class SyndicationOptions
{
    public const string Section = "Syndication";

    public string FeedsPath { get; set; } = "feeds";

    public string OutputPath { get; set; } = "output";

    public string PublicBaseUrl { get; set; } = "http://localhost:8080/";

    /// <summary>Quartz cron expression; the default runs every 15 minutes.</summary>
    public string Schedule { get; set; } = "0 0/15 * * * ?";

    /// <summary>Publishes a change under the feeds folder within about a second, without waiting for the schedule.</summary>
    public bool WatchFeeds { get; set; } = true;

    /// <summary>Bearer token for the admin API; when empty the service makes one at start and logs it once.</summary>
    public string? AdminToken { get; set; }

    public int CacheSeconds
    {
        get;
        set
        {
            field = value;
            _cacheControl = null;
        }
    } = 300;

    private string? _cacheControl;

    /// <summary>Holds every feed's parsed articles and built entries between runs (fast edits, memory grows with the corpus).</summary>
    public bool KeepParsedArticles { get; set; }

    /// <summary>Days a deleted entry stays in the Atom documents that carried it, as an RFC 6721 tombstone; 0 publishes none.</summary>
    public int TombstoneDays { get; set; } = 30;

    /// <summary>Runs each request on its socket's I/O thread rather than the thread pool (see TransportServices).</summary>
    public bool ServeOnIoThreads { get; set; } = true;

    /// <summary>The Cache-Control of every document but archive pages, made once rather than on each request.</summary>
    public string CacheControl => _cacheControl ??= $"public, max-age={CacheSeconds}";

    /// <summary>How often answered requests are logged as one summary line (errors and 4xx are logged one by one).</summary>
    public int RequestSummarySeconds { get; set; } = 60;

    /// <summary>Sources larger than this are refused unread (2 MiB by default).</summary>
    public long MaxArticleBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Failed admin authentications allowed per client address and minute before it gets 429s.</summary>
    public int AdminFailuresPerMinute { get; set; } = 5;

    /// <summary>When set (e.g. http://127.0.0.1:9091), the admin API listens only there, for example on loopback alone.</summary>
    public string? AdminUrl { get; set; }

    /// <summary>Reverse proxies (addresses or CIDR networks) whose X-Forwarded-For is believed; from anyone else it is ignored.</summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>WebSub hubs told about every change (https://www.w3.org/TR/websub/).</summary>
    public WebSubOptions WebSub { get; set; } = new();

    /// <summary>Who reads the feeds and how they poll (see <see cref="AudienceOptions"/>).</summary>
    public AudienceOptions Audience { get; set; } = new();

    /// <summary>How long an admin regenerate request waits for its run before answering 202.</summary>
    public int AdminWaitSeconds { get; set; } = 60;

    /// <summary>Title of the combined feed of every feed (/feed.atom) and of the OPML list.</summary>
    public string SiteTitle { get; set; } = "All feeds";

    /// <summary>Description of the combined feed.</summary>
    public string SiteDescription { get; set; } = "Every entry of every feed, newest first.";

    /// <summary>The console log's format: "text" (the configured output template) or "json" (Serilog's compact JSON, for log shippers).</summary>
    public string LogFormat { get; set; } = Logging.ConsoleFormat.Text;
}
