using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Syndication.Service.Endpoints;
using Syndication.Service.Publishing;

namespace Syndication.Service.Dashboard;

/// <summary>
/// The dashboard's HTML, rendered on the server from a <see cref="StatusReport"/>: tables for what people read, inline
/// SVG (<see cref="DashboardCharts"/>) for what they would rather look at, plain forms for the buttons. No script.
/// </summary>
internal static class DashboardPage
{
    /// <summary>
    /// The service's policy with two changes, for this page only: its forms may post to this origin (elsewhere
    /// form-action is 'none'), and its one stylesheet is allowed by hash, so no other inline style could apply.
    /// </summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(DashboardStyle.Css)))}'; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static string SignIn(string basePath, bool wrongToken)
    {
        var html = Start("Sign in");
        html.Append("<main class=\"sign-in\"><h1>Syndication</h1>");
        if (wrongToken)
        {
            html.Append("<p class=\"error\" role=\"alert\">That is not the admin token.</p>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{Html.Encode(basePath)}/admin/session\">")
            .Append(CultureInfo.InvariantCulture, $"<label>Admin token <input type=\"password\" name=\"{AdminTokenOptions.FormField}\" autocomplete=\"current-password\" required autofocus></label>")
            .Append("<button type=\"submit\">Sign in</button></form></main>");
        return End(html);
    }

    public static string Render(StatusReport status, string basePath)
    {
        var admin = Html.Encode(basePath) + "/admin";
        var html = Start("Dashboard");
        html.Append(CultureInfo.InvariantCulture, $"<header><h1>Syndication</h1><form method=\"post\" action=\"{admin}/sign-out\"><button type=\"submit\">Sign out</button></form></header><main>");
        FeedsSection.Append(html, status, admin);
        RunsSection.Append(html, status);
        AudienceSection.Append(html, status);
        html.Append("</main>");
        return End(html);
    }

    private static StringBuilder Start(string title) =>
        new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append(CultureInfo.InvariantCulture, $"<title>{title} · Syndication</title><style>{DashboardStyle.Css}</style></head><body>");

    private static string End(StringBuilder html) => html.Append("</body></html>").ToString();
}
