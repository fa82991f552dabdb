using Syndication.Service.Options;

namespace Syndication.Service;

/// <summary>
/// Where a request runs. By default Kestrel hands each request read from a socket to the thread pool, and the answer
/// goes back through it: on this project's 2-core machine, wrk polling the seed feed saw a fifth of the service's samples
/// in thread switches and spinning (perf). Running the request on the socket's own I/O thread instead (Kestrel's
/// <c>UnsafePreferInlineScheduling</c> with the runtime's inline socket completions) served 10 to 20 % more polls per
/// second. It is safe here because no request blocks its thread: documents are answered from memory or read
/// asynchronously, compression happens in the background, and a run never runs on a request's thread.
/// <c>Syndication:ServeOnIoThreads=false</c> restores the thread-pool hand-off.
/// </summary>
internal static class TransportServices
{
    private const string Setting = $"{SyndicationOptions.Section}:{nameof(SyndicationOptions.ServeOnIoThreads)}";

    /// <summary>The service's process: Kestrel's side, and the runtime's (a process-wide switch, so not for test hosts).</summary>
    public static WebApplicationBuilder AddSyndicationTransport(this WebApplicationBuilder builder)
    {
        if (builder.ServeOnIoThreads())
        {
            // The runtime's socket engine reads this when the first socket is made, which is after configuration is read.
            Environment.SetEnvironmentVariable("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS", "1");
        }

        return builder;
    }

    /// <summary>Kestrel's side: whether it runs requests inline, as the setting says; true when set or not.</summary>
    public static bool ServeOnIoThreads(this WebApplicationBuilder builder)
    {
        var inline = builder.Configuration.GetValue(Setting, defaultValue: true);
        builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = inline);
        return inline;
    }
}
