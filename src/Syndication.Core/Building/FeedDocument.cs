using Syndication.Core.Model;

namespace Syndication.Core.Building;

/// <summary>One entry as every format shows it: permanent id, absolute link, safe HTML with absolute URLs.</summary>
public sealed record FeedEntry(Article Article, string Id, Uri Link, string ContentHtml, IReadOnlyList<Person> Authors);

/// <summary>A feed ready to serialise: entries newest first, <see cref="Updated"/> taken from the content, never from the clock.</summary>
public sealed record FeedDocument(FeedDefinition Feed, string Id, DateTimeOffset Updated, IReadOnlyList<FeedEntry> Entries, PublicUrls Urls)
{
    /// <summary>The WebSub hubs the document advertises.</summary>
    public IReadOnlyList<Uri> Hubs { get; init; } = [];

    public Uri Home => Feed.Link is { } link ? new Uri(link) : Urls.Home;

    public Uri Self(string extension) => Urls.Document(Feed.Name, extension);
}
