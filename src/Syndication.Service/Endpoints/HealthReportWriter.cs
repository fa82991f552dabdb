using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Syndication.Service.Endpoints;

/// <summary>Writes a readiness report as JSON, each check with its status and reason, so an operator sees what is not ready.</summary>
internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        });
}
