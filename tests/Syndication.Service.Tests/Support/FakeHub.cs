using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Syndication.Service.Tests.Support;

/// <summary>A real WebSub hub stand-in on a loopback port: records every publish notification and answers with a chosen status.</summary>
public sealed class FakeHub : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeHub(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public string Url { get; }

    public ConcurrentQueue<(string Mode, string Topic)> Notifications { get; } = new();

    /// <summary>The Authorization header and query string of every request, to see which credentials arrived.</summary>
    public ConcurrentQueue<(string Authorization, string Query)> Requests { get; } = new();

    public int StatusCode { get; set; } = StatusCodes.Status202Accepted;

    public static async Task<FakeHub> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var hub = new FakeHub(app, $"http://127.0.0.1:{port}/hub");
        app.MapPost("/hub", async (HttpContext context) =>
        {
            hub.Requests.Enqueue((context.Request.Headers.Authorization.ToString(), context.Request.QueryString.Value ?? ""));
            var form = await context.Request.ReadFormAsync();
            hub.Notifications.Enqueue((form["hub.mode"].ToString(), form["hub.url"].ToString()));
            return Results.StatusCode(hub.StatusCode);
        });
        await app.StartAsync();
        return hub;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
