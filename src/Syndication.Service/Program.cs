using Serilog;
using Syndication.Service;
using Syndication.Service.Cli;
using Syndication.Service.Endpoints;

// "generate" and "validate" run once and exit; anything else starts the service.
if (CommandLine.Find(args) is { } command)
{
    return await command.RunAsync();
}

var builder = WebApplication.CreateBuilder(args);
builder.AddSyndicationTransport(); // Kestrel runs each request on its socket's I/O thread (Syndication:ServeOnIoThreads)
builder.AddSyndicationLogging();   // Serilog, configured from appsettings.json
builder.AddSyndication();          // options, sources, document store, builder, regenerator
builder.AddFeedScheduling();       // Quartz: the regenerate job, its schedules and its health
builder.AddSyndicationHealth();    // readiness: documents published, scheduler running
builder.AddWebSub();               // tells WebSub hubs about changed feeds, in the background
builder.AddAdmin();                // admin token, authentication and policy, own listener, trusted proxies
builder.AddAudience();             // subscriber counts, direct clients, polling statistics
builder.AddRateLimits();           // failed admin authentications per client address; optional fast-polling 429s
builder.AddSyndicationMetrics();   // runs, requests, compression, WebSub and audience, for Prometheus

var app = builder.Build();
app.UseForwardedHeaders();         // the client's address from X-Forwarded-For, from trusted proxies only
app.UseSyndicationRequestLogging(); // one event per request, through this host's logger
app.UseExceptionHandler();         // problem details, never a stack trace
app.UseStatusCodePages();
app.UseSecurityHeaders();          // CSP, nosniff, Referrer-Policy
app.UseAdminAuthentication();      // who asks, on routes that need authorization only, before the limiter counts failures
app.UseRateLimiter();              // failed admin authentications per client address; fast polling per client, when switched on
app.UseAuthorization();            // the admin routes' policy: the operator's token or session, same-origin for browsers
app.MapFeeds();
app.MapAdmin();
app.MapHealth();
app.MapMetrics();                  // GET /metrics, where the admin API answers

return await Startup.RunAsync(app);
