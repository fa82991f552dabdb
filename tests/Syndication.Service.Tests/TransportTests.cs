using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Syndication.Service.Tests;

/// <summary>Syndication:ServeOnIoThreads decides whether Kestrel runs requests on the sockets' I/O threads (README "Performance").</summary>
public sealed class TransportTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void ServeOnIoThreads_SetsKestrelsInlineScheduling(string? setting, bool inline)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Syndication:ServeOnIoThreads"] = setting });
        Assert.Equal(inline, builder.ServeOnIoThreads());
        using var app = builder.Build();
        Assert.Equal(inline, app.Services.GetRequiredService<IOptions<SocketTransportOptions>>().Value.UnsafePreferInlineScheduling);
    }
}
