using Microsoft.Extensions.Options;
using Quartz;

namespace Syndication.Service.Options;

/// <summary>Checks the settings at start, so a typo stops the service with one clear line instead of a broken feed later.</summary>
internal sealed class SyndicationOptionsValidator(IHostEnvironment environment, IConfiguration configuration) : IValidateOptions<SyndicationOptions>
{
    public ValidateOptionsResult Validate(string? name, SyndicationOptions options)
    {
        var failures = new List<string>();
        if (CronError(options.Schedule) is { } why)
        {
            failures.Add($"Syndication:Schedule '{options.Schedule}' is not a Quartz cron expression ({why}); write six or seven fields, like '0 0/15 * * * ?'");
        }

        var feeds = Path.GetFullPath(options.FeedsPath, environment.ContentRootPath);
        if (!Directory.Exists(feeds))
        {
            failures.Add($"Syndication:FeedsPath '{options.FeedsPath}' does not exist (looked for {feeds}); create it or point the setting at your feeds folder");
        }

        if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            failures.Add($"Syndication:PublicBaseUrl '{options.PublicBaseUrl}' is not an absolute http(s) URL; feeds need absolute links, like https://feeds.example.org/");
        }

        foreach (var (hub, index) in options.WebSub.Hubs.Select((h, i) => (h, i)).Where(h => !Uri.TryCreate(h.h, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")))
        {
            // Not echoed: a hub URL may carry credentials.
            failures.Add($"Syndication:WebSub:Hubs:{index} is not an absolute http(s) URL ({hub.Length} characters, not shown as it may hold credentials); give the hub's publish endpoint, like https://pubsubhubbub.appspot.com/");
        }

        if (!string.IsNullOrEmpty(options.AdminUrl) && (!Uri.TryCreate(options.AdminUrl, UriKind.Absolute, out var admin) || admin.Scheme is not ("http" or "https") || admin.IsDefaultPort && !options.AdminUrl.Contains(":" + admin.Port, StringComparison.Ordinal)))
        {
            failures.Add($"Syndication:AdminUrl '{options.AdminUrl}' must be an absolute http(s) URL with an explicit port, like http://127.0.0.1:9091");
        }
        else if (Endpoints.AdminListener.From(configuration) is { } listener && listener.SharesPort(configuration))
        {
            failures.Add($"Syndication:AdminUrl '{options.AdminUrl}' needs a fixed port of its own, not 0 and not one of the public listeners (Urls); admin routes are told apart by the port a connection arrives on");
        }

        foreach (var proxy in options.TrustedProxies.Where(p => !TrustedProxy.TryParse(p, out _)))
        {
            failures.Add($"Syndication:TrustedProxies entry '{proxy}' is neither an IP address nor a CIDR network; write it like 10.0.0.5 or 10.0.0.0/8");
        }

        if (!Logging.ConsoleFormat.IsKnown(options.LogFormat))
        {
            failures.Add($"{Logging.ConsoleFormat.Setting} '{options.LogFormat}' is neither '{Logging.ConsoleFormat.Text}' nor '{Logging.ConsoleFormat.Json}'");
        }

        if (options.AdminFailuresPerMinute <= 0)
        {
            failures.Add($"Syndication:AdminFailuresPerMinute must be above 0, not {options.AdminFailuresPerMinute}");
        }

        if (options.MaxArticleBytes <= 0)
        {
            failures.Add($"Syndication:MaxArticleBytes must be above 0, not {options.MaxArticleBytes}");
        }

        if (options.CacheSeconds < 0)
        {
            failures.Add($"Syndication:CacheSeconds must be 0 or more, not {options.CacheSeconds}");
        }

        if (options.TombstoneDays < 0)
        {
            failures.Add($"Syndication:TombstoneDays must be 0 (no tombstones) or more, not {options.TombstoneDays}");
        }

        if (options.RequestSummarySeconds <= 0)
        {
            failures.Add($"Syndication:RequestSummarySeconds must be above 0, not {options.RequestSummarySeconds}");
        }

        if (options.AdminWaitSeconds <= 0)
        {
            failures.Add($"Syndication:AdminWaitSeconds must be above 0, not {options.AdminWaitSeconds}");
        }

        if (options.Audience.WindowHours <= 0)
        {
            failures.Add($"Syndication:Audience:WindowHours must be above 0, not {options.Audience.WindowHours}");
        }

        if (options.Audience.MaxClients <= 0)
        {
            failures.Add($"Syndication:Audience:MaxClients must be above 0, not {options.Audience.MaxClients}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Why a cron expression is invalid, or null when Quartz accepts it.</summary>
    public static string? CronError(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return "it is empty";
        }

        try
        {
            // Quartz refuses to schedule a trigger that will never fire: say so here, not when the run's schedules are synced.
            return new CronExpression(expression).GetNextValidTimeAfter(DateTimeOffset.UtcNow) is null ? "it never fires again" : null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }
}
