using System.Net;
using System.Net.Sockets;

namespace Syndication.Benchmarks.Compare;

internal static class Loopback
{
    /// <summary>A port nothing listens on now, for a server started next on 127.0.0.1.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
