using Microsoft.Extensions.Options;
using Syndication.Service.Endpoints;
using Syndication.Service.Storage;

namespace Syndication.Service;

/// <summary>Runs the app; bad configuration ends it with one line per wrong setting and exit code 2, not a stack trace.</summary>
internal static class Startup
{
    public const int ConfigurationError = 2;

    public static async Task<int> RunAsync(WebApplication app)
    {
        try
        {
            // Made at start, not on the first admin request, so a generated token is logged where the operator looks.
            app.Lifetime.ApplicationStarted.Register(() => app.Services.GetRequiredService<AdminToken>());
            app.Lifetime.ApplicationStarted.Register(() => WarnAboutOutputFolder(app.Services));
            await app.RunAsync();
            return 0;
        }
        catch (OptionsValidationException e)
        {
            return await ReportAsync(e);
        }
    }

    /// <summary>One line per wrong setting on standard error, and the exit code: the service and the one-shot commands say it alike.</summary>
    public static async Task<int> ReportAsync(OptionsValidationException e)
    {
        foreach (var failure in e.Failures)
        {
            await Console.Error.WriteLineAsync($"Configuration error: {failure}");
        }

        return ConfigurationError;
    }

    /// <summary>Logs, once at start, each folder of the output path that other users could write to (also on /admin/status).</summary>
    private static void WarnAboutOutputFolder(IServiceProvider services)
    {
        try
        {
            // The store makes the output folder and its parents when missing: check the folders as the service will use them.
            _ = services.GetRequiredService<IDocumentStore>();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Each run reports why the output folder cannot be written.
        }

        var logger = services.GetRequiredService<ILogger<OutputPermissions>>();
        foreach (var warning in services.GetRequiredService<OutputPermissions>().Warnings())
        {
            logger.OutputFolderOpen(warning);
        }
    }
}
