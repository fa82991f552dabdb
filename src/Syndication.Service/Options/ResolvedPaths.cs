using Microsoft.Extensions.Options;

namespace Syndication.Service.Options;

/// <summary>The feeds and output folders as absolute paths, resolved once against the content root.</summary>
internal sealed class ResolvedPaths(IOptions<SyndicationOptions> options, IHostEnvironment environment)
{
    public string Feeds { get; } = Path.GetFullPath(options.Value.FeedsPath, environment.ContentRootPath);

    public string Output { get; } = Path.GetFullPath(options.Value.OutputPath, environment.ContentRootPath);
}
