using Microsoft.Extensions.Options;
using Syndication.Service.Endpoints;

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
            await app.RunAsync();
            return 0;
        }
        catch (OptionsValidationException e)
        {
            foreach (var failure in e.Failures)
            {
                await Console.Error.WriteLineAsync($"Configuration error: {failure}");
            }

            return ConfigurationError;
        }
    }
}
