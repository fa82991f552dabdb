namespace Syndication.Service.Options;

/// <summary>The <c>Syndication:WebSub</c> section: the hubs every feed advertises and notifies.</summary>
internal sealed class WebSubOptions
{
    public List<string> Hubs { get; set; } = [];
}
