using System.Diagnostics;
using System.Net.Sockets;
using Syndication.Benchmarks.Compare;

namespace Syndication.Benchmarks.Serve;

/// <summary>
/// nginx from Debian's package as a child process (<c>nginx -p PREFIX -c CONF -g 'daemon off;'</c>) serving static files
/// from its own temporary folder on a free loopback port: no access log, ETags, <c>gzip_static</c> (a file's <c>.gz</c>
/// twin for clients that accept gzip), one Content-Type for every file. Disposing it ends nginx and removes the folder.
/// </summary>
internal sealed class NginxServer : IAsyncDisposable
{
    private const UnixFileMode Readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode Listable = Readable | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    /// <summary>Where Debian's package puts it (outside an ordinary user's PATH).</summary>
    public const string Command = "/usr/sbin/nginx";

    private readonly string _prefix;
    private readonly Process _process;

    private NginxServer(string prefix, Process process, Uri address)
    {
        _prefix = prefix;
        _process = process;
        Server = new Server("nginx", address, () => ProcessMemory.ResidentWithChildren(_process.Id));
    }

    /// <summary>nginx as a server under load; its memory is the master's and the workers' together.</summary>
    public Server Server { get; }

    /// <summary>Starts nginx and waits (at most 10 s) until it accepts connections.</summary>
    public static async Task<NginxServer> StartAsync(string contentType, CancellationToken cancellationToken)
    {
        // Its own folder, readable by all: the workers run as "nobody" when nginx is started by root.
        var prefix = Directory.CreateTempSubdirectory("syndication-nginx-").FullName;
        Allow(prefix, Listable);
        Allow(Directory.CreateDirectory(Path.Combine(prefix, "www")).FullName, Listable);
        Directory.CreateDirectory(Path.Combine(prefix, "temp"));
        var port = Loopback.FreePort();
        var config = Path.Combine(prefix, "nginx.conf");
        await File.WriteAllTextAsync(config, Config(prefix, port, contentType), cancellationToken);

        // Its standard error (start-up complaints only; the rest goes to error.log) joins our progress.
        var start = new ProcessStartInfo(Command);
        foreach (var argument in new[] { "-p", prefix, "-c", config, "-g", "daemon off;" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start nginx");
        var nginx = new NginxServer(prefix, process, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await nginx.WaitListeningAsync(port, cancellationToken);
            return nginx;
        }
        catch
        {
            await nginx.DisposeAsync();
            throw;
        }
    }

    /// <summary>Puts a file where nginx serves <paramref name="urlPath"/> (and, with ".gz" appended, its gzip twin).</summary>
    public void Publish(string urlPath, byte[] bytes)
    {
        var folder = Path.Combine(_prefix, "www");
        var names = urlPath.Trim('/').Split('/');
        foreach (var name in names[..^1])
        {
            folder = Directory.CreateDirectory(Path.Combine(folder, name)).FullName;
            Allow(folder, Listable);
        }

        var file = Path.Combine(folder, names[^1]);
        File.WriteAllBytes(file, bytes);
        Allow(file, Readable);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _process.WaitForExitAsync(grace.Token);
            }
        }
        finally
        {
            _process.Dispose();
            Directory.Delete(_prefix, recursive: true);
        }
    }

    private async Task WaitListeningAsync(int port, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(10));
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with {_process.ExitCode}{ErrorLog()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port, limit.Token);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(20, limit.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new InvalidOperationException($"nginx did not listen on port {port} within 10 s{ErrorLog()}");
            }
        }
    }

    /// <summary>The mode nginx's workers need (nginx and this command run on Linux only; Windows has no such modes).</summary>
    private static void Allow(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    private string ErrorLog() => File.Exists(Path.Combine(_prefix, "error.log")) ? $"\n{File.ReadAllText(Path.Combine(_prefix, "error.log"))}" : "";

    /// <summary>As Debian's nginx.conf has it where it matters for static files (sendfile, tcp_nopush), everything else inside the prefix.</summary>
    private static string Config(string prefix, int port, string contentType) => $$"""
        worker_processes auto;
        pid {{prefix}}/nginx.pid;
        error_log {{prefix}}/error.log warn;
        events { worker_connections 1024; }
        http {
            access_log off;
            client_body_temp_path {{prefix}}/temp/body;
            proxy_temp_path {{prefix}}/temp/proxy;
            fastcgi_temp_path {{prefix}}/temp/fastcgi;
            uwsgi_temp_path {{prefix}}/temp/uwsgi;
            scgi_temp_path {{prefix}}/temp/scgi;
            types { }
            default_type "{{contentType}}";
            sendfile on;
            tcp_nopush on;
            etag on;
            gzip_static on;
            server {
                listen 127.0.0.1:{{port}};
                root {{prefix}}/www;
            }
        }
        """;
}
