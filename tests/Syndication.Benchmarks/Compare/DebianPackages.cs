namespace Syndication.Benchmarks.Compare;

/// <summary>Tools the benchmarks compare against or measure with, from Debian's packages when they are missing.</summary>
internal static class DebianPackages
{
    /// <summary>Installs <paramref name="package"/> unless <paramref name="command"/> (on the PATH, or a full path) is there: whether it is there now.</summary>
    public static async Task<bool> EnsureAsync(string command, string package)
    {
        if (Exists(command))
        {
            return true;
        }

        await Console.Error.WriteLineAsync($"{command} is missing: apt-get install -y {package}");
        var here = Directory.GetCurrentDirectory();
        if (!(await ChildProcess.RunAsync(here, "apt-get", "install", "-y", package)).Succeeded)
        {
            // A fresh machine may not have read the package lists yet.
            await ChildProcess.RunAsync(here, "apt-get", "update");
            var install = await ChildProcess.RunAsync(here, "apt-get", "install", "-y", package);
            await Console.Error.WriteLineAsync(install.Succeeded ? "" : install.Output);
        }

        return Exists(command);
    }

    private static bool Exists(string command) => Path.IsPathRooted(command) ? File.Exists(command) : ChildProcess.OnPath(command);
}
