using System.Net;

namespace Syndication.Service.Options;

/// <summary>One entry of <c>Syndication:TrustedProxies</c>: an address (<c>10.0.0.5</c>) or a network (<c>10.0.0.0/8</c>).</summary>
internal static class TrustedProxy
{
    public static bool TryParse(string? text, out IPNetwork network)
    {
        network = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (IPAddress.TryParse(text, out var address) && !text.Contains('/', StringComparison.Ordinal))
        {
            network = new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
            return true;
        }

        return IPNetwork.TryParse(text, out network);
    }
}
