using Syndication.Core.Building;
using Syndication.Core.Model;

namespace Syndication.Core.Channels;

/// <summary>
/// The whole site: one combined feed of every feed's entries at <c>/feed.{ext}</c> (archives at <c>/feed/archive/{n}.{ext}</c>)
/// and the OPML list of every feed at <c>/feeds.opml</c>. Stored under "~site/", a prefix no feed name (a slug) can produce.
/// </summary>
public sealed class SiteChannel : Channel
{
    /// <summary>The storage folder of the site's documents.</summary>
    public const string KeyFolder = "~site";

    /// <param name="title">The combined feed's title (from configuration).</param>
    /// <param name="description">The combined feed's description.</param>
    /// <param name="limit">Entries in the combined subscription document and per archive page.</param>
    /// <param name="language">The combined feed's language, if all feeds share one.</param>
    public SiteChannel(string title, string description, int limit = FeedDefinition.DefaultLimit, string? language = null)
        : this(new FeedDefinition { Name = KeyFolder, Title = title, Description = description, Limit = limit, Language = language })
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
    }

    private SiteChannel(FeedDefinition definition) => Definition = definition with { Id = Id };

    public override string Name => KeyFolder;

    public override string Id { get; } = EntryIds.ForSite();

    /// <summary>No feed.yaml: the title, description, limit and language given, and no author (every entry names its own).</summary>
    public override FeedDefinition Definition { get; }

    /// <summary>The storage key of the OPML list.</summary>
    public const string OpmlKey = KeyFolder + "/feeds.opml";

    /// <summary>The public URL of the OPML list.</summary>
    public static Uri OpmlUrl(PublicUrls urls) => urls.Of("feeds.opml");

    protected override string UrlStem => "feed";

    protected override string KeyStem => $"{KeyFolder}/feed";

    protected override string ArchiveParentKey => KeyFolder;

    /// <summary>
    /// The combined feed: every feed's entries, newest first (then by feed and slug, so the order never depends on the
    /// order feeds were read). Defined when the newest feed.yaml changed, its update time while it has no entries.
    /// </summary>
    public IEnumerable<ChannelEntries> Derive(IReadOnlyList<ChannelEntries> feeds, List<Problem> problems)
    {
        var definedAt = feeds.Count == 0 ? Definition.DefinedAt : feeds.Max(f => f.Channel.Definition.DefinedAt);
        var entries = feeds
            .SelectMany(f => f.Entries.Select(e => (Feed: f.Channel.Name, Entry: e)))
            .OrderByDescending(x => x.Entry.Article.Published)
            .ThenBy(x => x.Feed, StringComparer.Ordinal)
            .ThenBy(x => x.Entry.Article.Slug, StringComparer.Ordinal)
            .Select(x => x.Entry)
            .ToList();
        return [new ChannelEntries(new SiteChannel(Definition with { DefinedAt = definedAt }), entries)];
    }
}
