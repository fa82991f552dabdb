using System.Net;
using System.Text;

namespace Syndication.Service.Tests.Support;

/// <summary>
/// A page on another origin (same host, another port: same-site, so the browser still sends a SameSite=Strict cookie)
/// with a form that posts to the service, as a malicious page would. Served by HttpListener until disposed.
/// </summary>
public sealed class OtherOriginPage : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    public OtherOriginPage(string formAction)
    {
        Url = $"http://127.0.0.1:{FreePort.Next()}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        var html = Encoding.UTF8.GetBytes(
            $"<!doctype html><title>Win a prize</title><form method=\"post\" action=\"{WebUtility.HtmlEncode(formAction)}\"><button type=\"submit\">Claim</button></form>");
        _serving = Task.Run(async () =>
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.OutputStream.WriteAsync(html);
                context.Response.Close();
            }
        });
    }

    public string Url { get; }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }
}
