using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;

namespace Syndication.Benchmarks.Compare;

/// <summary>A document's first 200 after a start: when it came (since just before the process started), how long that one request took, its coding.</summary>
internal sealed record FirstOk(TimeSpan SinceStart, TimeSpan Took, string Encoding);

/// <summary>
/// The service as it runs in production (<c>dotnet Syndication.Service.dll</c>, Kestrel on a free loopback port), with a
/// schedule that never fires so that only its start-up run and the admin API start runs. Its output goes to a log file.
/// Disposing it always ends the process.
/// </summary>
internal sealed partial class ServiceProcess : IAsyncDisposable
{
    private const string NeverSchedule = "0 0 0 1 1 ? 2099";
    private const int Terminate = 15;

    private readonly Process _process;
    private readonly HttpClient _http;
    private readonly StreamWriter _log;
    private readonly string _logPath;
    private bool _logClosed;
    private readonly string _token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');

    private ServiceProcess(string dll, string feedsDir, string output, string logPath, TimeSpan runTimeout)
    {
        var port = Loopback.FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(output)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // AdminWaitSeconds: a POST /admin/regenerate answers with the finished run rather than 202 while it still runs.
        foreach (var argument in new[]
                 {
                     dll, $"--Syndication:FeedsPath={feedsDir}", $"--Syndication:OutputPath={output}", "--urls", $"http://127.0.0.1:{port}",
                     $"--Syndication:AdminToken={_token}", $"--Syndication:Schedule={NeverSchedule}",
                     $"--Syndication:AdminWaitSeconds={(int)runTimeout.TotalSeconds}",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        _logPath = logPath;
        // Flushed when read or closed, not per line: under load the service logs every request, and this process shares its cores.
        _log = new StreamWriter(logPath, append: true);
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = Timeout.InfiniteTimeSpan };
        Started = Stopwatch.StartNew();
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start the service");
        _process.OutputDataReceived += (_, line) => Log(line.Data);
        _process.ErrorDataReceived += (_, line) => Log(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Running since just before the process started.</summary>
    public Stopwatch Started { get; }

    public static ServiceProcess Start(string dll, string feedsDir, string output, string logPath, TimeSpan runTimeout) =>
        new(dll, feedsDir, output, logPath, runTimeout);

    /// <summary>Where it listens: http://127.0.0.1:port/.</summary>
    public Uri Address => _http.BaseAddress!;

    /// <summary>Waits until a document answers 200, the process having just started: how long it took since the start.</summary>
    public async Task<TimeSpan> FirstOkAsync(string path, CancellationToken cancellationToken) =>
        (await FirstOkAsync(path, acceptEncoding: null, cancellationToken)).SinceStart;

    /// <summary>As <see cref="FirstOkAsync(string, CancellationToken)"/>, asking for a coding, with how long that one request took and the coding it got.</summary>
    public async Task<FirstOk> FirstOkAsync(string path, string? acceptEncoding, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                if (acceptEncoding is not null)
                {
                    request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
                }

                var sent = Started.Elapsed;
                using var response = await _http.SendAsync(request, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    var answered = Started.Elapsed;
                    return new FirstOk(answered, answered - sent, response.Content.Headers.ContentEncoding.FirstOrDefault() ?? "identity");
                }
            }
            catch (HttpRequestException)
            {
                // Kestrel is not listening yet.
            }

            await PauseAsync(cancellationToken);
        }
    }

    /// <summary>Waits for the start-up run to finish (/admin/status has a <c>lastRun</c>): the service's time for it.</summary>
    public async Task<TimeSpan> StartupRunAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                using var status = await AdminAsync(HttpMethod.Get, "admin/status", cancellationToken);
                if (status.RootElement.GetProperty("lastRun") is { ValueKind: JsonValueKind.Object } run)
                {
                    return Duration(run);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await PauseAsync(cancellationToken);
        }
    }

    /// <summary>POST /admin/regenerate: the service's time for the run it answers with.</summary>
    public async Task<TimeSpan> RegenerateAsync(CancellationToken cancellationToken)
    {
        using var report = await AdminAsync(HttpMethod.Post, "admin/regenerate", cancellationToken);
        return Duration(report.RootElement);
    }

    /// <summary>VmRSS (resident now) and VmHWM (peak resident) from /proc; null where there is no /proc.</summary>
    public (long? Resident, long? Peak) Memory() => ProcessMemory.Of(_process.Id);

    /// <summary>SIGTERM, as an operator's <c>kill</c> or a container stop sends, then SIGKILL if it has not exited in 30 s.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        _ = SendSignal(_process.Id, Terminate);
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            _process.Dispose();
            _http.Dispose();
            lock (_log)
            {
                _logClosed = true;
                _log.Dispose();
            }
        }
    }

    private async Task<JsonDocument> AdminAsync(HttpMethod method, string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var response = await _http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.StatusCode == HttpStatusCode.OK
            ? JsonDocument.Parse(body)
            : throw new InvalidOperationException($"{method} /{path} answered {(int)response.StatusCode}: {body}\n{LogTail()}");
    }

    private static TimeSpan Duration(JsonElement run) =>
        run.GetProperty("succeeded").GetBoolean()
            ? TimeSpan.FromMilliseconds(run.GetProperty("durationMs").GetInt64())
            : throw new InvalidOperationException($"the service's run failed: {run}");

    private async Task PauseAsync(CancellationToken cancellationToken)
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"the service exited with {_process.ExitCode}:\n{LogTail()}");
        }

        await Task.Delay(20, cancellationToken);
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            if (!_logClosed)
            {
                _log.WriteLine(line);
            }
        }
    }

    private string LogTail()
    {
        lock (_log)
        {
            _log.Flush();
        }

        return $"last lines of {_logPath}:\n" + string.Join('\n', File.ReadLines(_logPath).TakeLast(20));
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);
}
