using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Syndication.Reliability.Tests.Support;

/// <summary>
/// The real service as a child process on a loopback port, started from the Syndication.Service.dll the project
/// reference copies next to the tests, with its stdout and stderr captured. Killed on dispose if still running.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private ServiceProcess(Process process, int port, string output)
    {
        _process = process;
        Port = port;
        OutputPath = output;
    }

    public int Port { get; }

    public string OutputPath { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts the service; <paramref name="settings"/> ("Syndication:Schedule" style keys) win over the defaults.</summary>
    public static ServiceProcess Start(ContentFolder content, IReadOnlyDictionary<string, string>? settings = null, int? port = null)
    {
        var listenPort = port ?? FreePort.Next();
        var service = new ServiceProcess(new Process { StartInfo = ServiceCommand.For(content, listenPort, settings) }, listenPort, content.OutputPath);
        service._process.OutputDataReceived += (_, e) => service.Append(e.Data);
        service._process.ErrorDataReceived += (_, e) => service.Append(e.Data);
        service._process.Start();
        service._process.BeginOutputReadLine();
        service._process.BeginErrorReadLine();
        return service;
    }

    public HttpClient CreateClient() =>
        new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, UseCookies = false, MaxConnectionsPerServer = 256 })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

    /// <summary>Waits (bounded) until <paramref name="path"/> answers 200; fails with the log if the process dies or time runs out.</summary>
    public async Task WaitUntilServingAsync(string path, TimeSpan timeout)
    {
        using var client = CreateClient();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                Assert.Fail($"The service exited ({_process.ExitCode}) before serving {path}:\n{Log}");
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

        Assert.Fail($"The service did not serve {path} within {timeout.TotalSeconds:0} s:\n{Log}");
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

    /// <summary>Whether the process exited within <paramref name="timeout"/>; its output has been read to the end when it did.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
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

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }
}
