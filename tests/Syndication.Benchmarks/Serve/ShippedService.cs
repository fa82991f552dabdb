using Syndication.Benchmarks.Compare;

namespace Syndication.Benchmarks.Serve;

/// <summary>
/// The service as the README ships it: a copy of the repository's appsettings.json (its Serilog console logging
/// included) in the working directory, with only the paths, port, admin token and schedule given on the command line
/// (<see cref="ServiceProcess"/>). Its output folder is <c>work/service-out</c>, its log <c>work/service.log</c>.
/// </summary>
internal static class ShippedService
{
    public static ServiceProcess Start(string dll, string root, string work, string feedsDir, int articles)
    {
        File.Copy(Path.Combine(root, "appsettings.json"), Path.Combine(work, "appsettings.json"), overwrite: true);
        // A bound on the admin API's wait for a run: far above a full build's time, so only a hang reaches it.
        var bound = TimeSpan.FromSeconds(120) + TimeSpan.FromMilliseconds(100) * articles;
        return ServiceProcess.Start(dll, feedsDir, Output(work), LogPath(work), bound);
    }

    /// <summary>Started, and its start-up run finished: the service ready to be measured; stopped if it fails.</summary>
    public static async Task<ServiceProcess> StartedAsync(string dll, string root, string work, string feedsDir, int articles, CancellationToken cancellationToken)
    {
        var service = Start(dll, root, work, feedsDir, articles);
        try
        {
            await service.StartupRunAsync(cancellationToken);
            return service;
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    public static string Output(string work) => Path.Combine(work, "service-out");

    public static string LogPath(string work) => Path.Combine(work, "service.log");
}
