using System.Net.Http.Headers;
using System.Text;

namespace Syndication.Service.WebSub;

/// <summary>
/// One configured hub. Its credentials never leave the service: the world is told the hub's URL without user-info,
/// query or fragment; the publish POST goes to the URL with its query, the user-info sent as HTTP Basic authorization.
/// </summary>
internal sealed class Hub
{
    private const string Hidden = "***";
    private readonly string[] _secrets;

    public Hub(Uri configured)
    {
        Advertised = new UriBuilder(configured) { UserName = "", Password = "", Query = "", Fragment = "" }.Uri;
        PublishUrl = new UriBuilder(configured) { UserName = "", Password = "", Fragment = "" }.Uri;
        if (configured.UserInfo.Length > 0)
        {
            var userInfo = configured.UserInfo.Split(':', 2);
            var credentials = $"{Uri.UnescapeDataString(userInfo[0])}:{(userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : "")}";
            Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        }

        _secrets = [.. new[] { configured.UserInfo, configured.Query.TrimStart('?'), configured.Fragment.TrimStart('#') }
            .SelectMany(s => new[] { s, Uri.UnescapeDataString(s) }).Where(s => s.Length > 0).Distinct().OrderByDescending(s => s.Length)];
    }

    /// <summary>What documents, Link headers, /admin/status and the log show.</summary>
    public Uri Advertised { get; }

    /// <summary>Where notifications are posted: the configured URL with its query, without user-info.</summary>
    public Uri PublishUrl { get; }

    /// <summary>HTTP Basic credentials from the configured user-info, or null.</summary>
    public AuthenticationHeaderValue? Authorization { get; }

    /// <summary><paramref name="text"/> (an error message, say) with every secret part of the configured URL hidden.</summary>
    public string Redact(string text) => _secrets.Aggregate(text, (redacted, secret) => redacted.Replace(secret, Hidden, StringComparison.Ordinal));

    public static IReadOnlyList<Hub> From(IEnumerable<string> configured) => [.. configured.Select(h => new Hub(new Uri(h)))];
}
