using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Syndication.Testing;

/// <summary>
/// The real service as a child process, started from the Syndication.Service.dll the test project's reference copies
/// next to the tests, with its stdout and stderr captured. Killed on dispose if still running.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly int? _port;

    private ServiceProcess(ProcessStartInfo start, int? port)
    {
        _port = port;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The repository root, found from the test binaries upwards.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Syndication.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Syndication.sln not found above the test binaries.");
        }
    }

    /// <summary>The loopback port of a service started on a content folder.</summary>
    public int Port => _port ?? throw new InvalidOperationException("This process was started with its own arguments; its port is in them.");

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the service on <paramref name="content"/>; <paramref name="settings"/> ("Syndication:Schedule" style keys) win over the defaults.</summary>
    public static ServiceProcess Start(TempFeeds content, IReadOnlyDictionary<string, string>? settings = null, int? port = null)
    {
        var listenPort = port ?? FreePort.Next();
        return new ServiceProcess(ServiceCommand.For(content, listenPort, settings), listenPort);
    }

    /// <summary>Starts <c>dotnet Syndication.Service.dll arguments…</c> with exactly the given environment variables added.</summary>
    public static ServiceProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = ServiceCommand.Dll(workingDirectory, arguments);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new ServiceProcess(start, port: null);
    }

    /// <summary>Runs a one-shot command to its end and returns the exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        using var process = Start(workingDirectory, environment, arguments);
        return (await process.WaitForExitAsync(TimeSpan.FromSeconds(60)), process.Output);
    }

    public HttpClient CreateClient() =>
        new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, UseCookies = false, MaxConnectionsPerServer = 256 })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

    /// <summary>Waits (bounded) until <paramref name="path"/> answers 200; fails with the output if the process dies or time runs out.</summary>
    public async Task WaitUntilServingAsync(string path, TimeSpan timeout)
    {
        using var client = CreateClient();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                Assert.Fail($"The service exited ({_process.ExitCode}) before serving {path}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(path);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        Assert.Fail($"The service did not serve {path} within {timeout.TotalSeconds:0} s:\n{Output}");
    }

    /// <summary>SIGKILL: no shutdown code runs, as when the machine loses power or the OOM killer strikes.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit(10_000);
    }

    /// <summary>SIGTERM, as systemd or Kubernetes stop a service: it may finish what it is doing, then must exit.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit(5_000);
    }

    /// <summary>The exit code, once the process has exited and its output has been read to the end; throws when <paramref name="timeout"/> passes first.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Whether the process exited within <paramref name="timeout"/>; its output has been read to the end when it did.</summary>
    public async Task<bool> ExitsWithinAsync(TimeSpan timeout)
    {
        try
        {
            await WaitForExitAsync(timeout);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>The process's resident memory now.</summary>
    public long WorkingSet()
    {
        _process.Refresh();
        return _process.WorkingSet64;
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
