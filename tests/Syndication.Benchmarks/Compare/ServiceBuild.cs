namespace Syndication.Benchmarks.Compare;

/// <summary>The repository this runs from and the service's Release build in it, which the benchmark commands run as a child process.</summary>
internal static class ServiceBuild
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Syndication.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run this from the repository: Syndication.sln was not found above " + AppContext.BaseDirectory);
    }

    public static string Dll(string root) => Path.Combine(root, "src", "Syndication.Service", "bin", "Release", "net10.0", "Syndication.Service.dll");

    /// <summary><c>dotnet build -c Release src/Syndication.Service</c>, so the service measured is the code checked out now.</summary>
    public static async Task BuildAsync(string root)
    {
        await Console.Error.WriteLineAsync("building the service: dotnet build -c Release src/Syndication.Service");
        var build = await ChildProcess.RunAsync(root, "dotnet", "build", "-c", "Release", "--nologo", "-v", "q", Path.Combine("src", "Syndication.Service"));
        if (!build.Succeeded)
        {
            throw new InvalidOperationException($"the Release build failed:\n{build.Output}");
        }
    }
}
