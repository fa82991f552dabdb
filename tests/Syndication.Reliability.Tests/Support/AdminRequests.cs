using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace Syndication.Reliability.Tests.Support;

/// <summary>Admin API calls with a chosen token, and clients that connect from another loopback address.</summary>
public static class AdminRequests
{
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? token, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return await client.SendAsync(request);
    }

    public static async Task<HttpStatusCode> StatusCodeAsync(HttpClient client, HttpMethod method, string path, string? token, string? forwardedFor = null)
    {
        using var response = await SendAsync(client, method, path, token, forwardedFor);
        return response.StatusCode;
    }

    /// <summary>POST /admin/regenerate, for a test that stops the service meanwhile: the status, or null when the request was cut short.</summary>
    public static async Task<HttpStatusCode?> RegenerateUntilStoppedAsync(ServiceProcess service)
    {
        try
        {
            using var client = service.CreateClient();
            return await StatusCodeAsync(client, HttpMethod.Post, "/admin/regenerate", ServiceCommand.AdminToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>A client whose connections come from <paramref name="localAddress"/> (e.g. 127.0.0.2), a different client to the service.</summary>
    public static HttpClient ClientFrom(IPAddress localAddress, Uri baseAddress) =>
        new(new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(localAddress, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
}
