using Syndication.Core.Channels;
using Syndication.Core.Model;

namespace Syndication.Core.Building;

/// <summary>One entry as every format shows it: permanent id, absolute link, safe HTML with absolute URLs.</summary>
public sealed record FeedEntry(Article Article, string Id, Uri Link, string ContentHtml, IReadOnlyList<Person> Authors);

/// <summary>
/// A channel's document ready to serialise: entries newest first, <see cref="Updated"/> taken from the content, never from
/// the clock. Every URL it names (self, current, archives) comes from its <see cref="Channel"/>.
/// </summary>
public sealed record FeedDocument(Channel Channel, DateTimeOffset Updated, IReadOnlyList<FeedEntry> Entries, PublicUrls Urls)
{
    /// <summary>The metadata the writers show: the channel's title, description, authors, links.</summary>
    public FeedDefinition Feed => Channel.Definition;

    /// <summary>The channel's permanent feed id.</summary>
    public string Id => Channel.Id;

    /// <summary>The WebSub hubs the document advertises.</summary>
    public IReadOnlyList<Uri> Hubs { get; init; } = [];

    /// <summary>Where the document sits in the feed's archives (RFC 5005).</summary>
    public FeedPage Page { get; init; } = FeedPage.Unknown;

    /// <summary>The deleted entries this document reports (RFC 6721; Atom alone has a way to say so).</summary>
    public IReadOnlyList<Tombstone> Tombstones { get; init; } = [];

    /// <summary>This document reporting <paramref name="tombstones"/>: a deletion is a change, so it counts for <see cref="Updated"/>.</summary>
    public FeedDocument WithTombstones(IReadOnlyList<Tombstone> tombstones) =>
        tombstones.Count == 0 ? this : this with { Tombstones = tombstones, Updated = tombstones.Max(t => t.When) is var last && last > Updated ? last : Updated };

    /// <summary>The subscription document's URL in a format, whatever page this is.</summary>
    public Uri Current(string extension) => Channel.DocumentUrl(Urls, extension);

    public Uri Archive(int number, string extension) => Channel.ArchiveUrl(Urls, number, extension);

    /// <summary>The RFC 5005 links of this document in a format: current (archives only), prev-archive, next-archive.</summary>
    public IEnumerable<(string Rel, Uri Href)> HistoryLinks(string extension)
    {
        if (Page.IsArchive)
        {
            yield return ("current", Current(extension));
        }

        if (Page.PrevArchive is { } prev)
        {
            yield return ("prev-archive", Archive(prev, extension));
        }

        if (Page.NextArchive is { } next)
        {
            yield return ("next-archive", Archive(next, extension));
        }
    }

    public Uri Home => Feed.Link?.Uri ?? Urls.Home;

    /// <summary>This document's own URL in a format.</summary>
    public Uri Self(string extension) => Page.Number is { } number ? Archive(number, extension) : Current(extension);
}
