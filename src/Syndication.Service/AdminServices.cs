using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Syndication.Service.Endpoints;
using Syndication.Service.Options;
using Syndication.Service.Publishing;

namespace Syndication.Service;

/// <summary>What guards the operator API: its token and who may use it, its own listener and the real client address behind trusted proxies.</summary>
internal static class AdminServices
{
    public static WebApplicationBuilder AddAdmin(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<AdminToken>();
        services.AddSingleton<StatusQuery>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, AdminListenerPolicy>());
        services.AddAdminAuthentication();
        services.AddAdminApiDescription();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<SyndicationOptions>>((forwarded, options) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            // The defaults trust loopback; only the proxies the operator names may speak for a client, hop by hop.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            forwarded.ForwardLimit = null;
            foreach (var proxy in options.Value.TrustedProxies)
            {
                if (TrustedProxy.TryParse(proxy, out var network))
                {
                    forwarded.KnownIPNetworks.Add(network);
                }
            }
        });
        if (AdminListener.From(builder.Configuration) is { } admin)
        {
            // Kestrel listens on the admin URL as well as on the public ones.
            builder.WebHost.UseUrls([.. AdminListener.PublicUrls(builder.Configuration), admin.Url.OriginalString]);
        }

        return builder;
    }
}
