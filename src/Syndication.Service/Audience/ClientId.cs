using System.IO.Hashing;
using System.Net;
using System.Runtime.InteropServices;

namespace Syndication.Service.Audience;

/// <summary>
/// A client is its address (after trusted proxies) and its User-Agent. Kept as a 64-bit hash, so remembering one costs
/// eight bytes whatever the client sends, and computing it allocates nothing.
/// </summary>
internal static class ClientId
{
    public static ulong Of(HttpContext context) => Of(context.Connection.RemoteIpAddress, UserAgent(context));

    public static ulong Of(IPAddress? address, string userAgent)
    {
        Span<byte> bytes = stackalloc byte[16];
        var written = address is not null && address.TryWriteBytes(bytes, out var length) ? length : 0;
        var seed = (long)XxHash3.HashToUInt64(bytes[..written]);
        return XxHash3.HashToUInt64(MemoryMarshal.AsBytes(userAgent.AsSpan()), seed);
    }

    /// <summary>The User-Agent as sent: one header value is returned as it is, without a copy.</summary>
    public static string UserAgent(HttpContext context) => context.Request.Headers.UserAgent.ToString();
}
