using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Syndication.Testing;

/// <summary>HTTP/1.1 over a bare socket, so request targets reach Kestrel byte for byte, unlike HttpClient, which normalises them.</summary>
public static class RawHttp
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static Task<RawResponse> GetAsync(int port, string target, string extraHeaders = "") =>
        SendAsync(port, $"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{extraHeaders}Connection: close\r\n\r\n");

    /// <summary>Sends <paramref name="request"/> (Latin-1, so any byte can be written) and reads until the server closes.</summary>
    public static async Task<RawResponse> SendAsync(int port, string request)
    {
        using var cancel = new CancellationTokenSource(Timeout);
        using var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync(IPAddress.Loopback, port, cancel.Token);
        var stream = client.GetStream();
        try
        {
            await stream.WriteAsync(Encoding.Latin1.GetBytes(request), cancel.Token);
        }
        catch (IOException)
        {
            // Kestrel may answer and close before it has read an oversized request; its answer is still there to read.
        }

        using var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancel.Token)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException) when (received.Length > 0)
        {
            // A reset after the response (Kestrel closing on unread request bytes) loses nothing we need.
        }

        return RawResponse.Parse(Encoding.Latin1.GetString(received.ToArray()));
    }
}
