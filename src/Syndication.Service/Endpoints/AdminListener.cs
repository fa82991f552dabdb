namespace Syndication.Service.Endpoints;

/// <summary>
/// The admin API's own listener (<c>Syndication:AdminUrl</c>), the one place that setting is parsed: Kestrel listens
/// there, and admin routes match only connections that arrived on its port. Also the routes' metadata, for <see cref="AdminListenerPolicy"/>.
/// </summary>
internal sealed class AdminListener
{
    private const string Setting = "Syndication:AdminUrl";

    private AdminListener(Uri url) => Url = url;

    public Uri Url { get; }

    /// <summary>The configured admin listener, or null when the admin API shares the public listeners.</summary>
    public static AdminListener? From(IConfiguration configuration) =>
        configuration[Setting] is { Length: > 0 } setting && Uri.TryCreate(setting, UriKind.Absolute, out var url) ? new AdminListener(url) : null;

    /// <summary>Whether the admin port is 0 or also a public listener's, so connections could not be told apart by port.</summary>
    public bool SharesPort(IConfiguration configuration) =>
        // Once the service is built the Urls setting holds the public listeners and the admin one.
        Url.Port == 0 || PublicUrls(configuration).Count(u => PortOf(u) == Url.Port) > 1;

    public static string[] PublicUrls(IConfiguration configuration) =>
        (configuration["urls"] ?? "http://localhost:5000").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int PortOf(string url) =>
        Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var parsed) ? parsed.Port : -1;

    /// <summary>Decided by the port the connection arrived on: the Host header is written by the client and proves nothing.</summary>
    public bool Accepts(ConnectionInfo connection) => connection.LocalPort == Url.Port;
}
