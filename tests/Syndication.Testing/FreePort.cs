using System.Net;
using System.Net.Sockets;

namespace Syndication.Testing;

/// <summary>A loopback port nobody listens on right now: the kernel picks one for a listener we close at once.</summary>
public static class FreePort
{
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
