using Syndication.Core.Building;
using Syndication.Core.Model;

namespace Syndication.Core.Channels;

/// <summary>
/// The entries of one feed filed under one term (a tag or a category): <c>/feeds/{feed}/{folder}/{slug}.{ext}</c>, archives
/// under <c>/feeds/{feed}/{folder}/{slug}/archive/</c>, stored under the same path without "feeds/".
/// </summary>
public abstract class TermChannel : Channel
{
    private readonly string _folder;
    private string? _id;
    private FeedDefinition? _definition;

    // A site can have tens of thousands of term channels and a run writes few of them: id and metadata are made when asked for.
    private protected TermChannel(FeedDefinition feed, string folder, string term, string slug)
    {
        Feed = feed;
        Term = term;
        Slug = slug;
        _folder = folder;
        Name = $"{feed.Name}/{folder}/{slug}";
    }

    /// <summary>The feed the entries come from.</summary>
    public FeedDefinition Feed { get; }

    /// <summary>The term as titles show it; of several spellings that share one slug, the one chosen for the channel.</summary>
    public string Term { get; }

    /// <summary>The term in URLs and storage keys (<see cref="TermSlugs.Of"/>).</summary>
    public string Slug { get; }

    public override string Name { get; }

    public override string Id => _id ??= EntryIds.ForTerm(Feed.Name, _folder, Slug);

    /// <summary>The feed's metadata with the channel's own name, title ("{feed}: {term}"), description and id; the feed's entry limit.</summary>
    public override FeedDefinition Definition => _definition ??= Feed with { Name = Name, Title = $"{Feed.Title}: {Term}", Description = Description, Id = Id };

    /// <summary>The channel's description, naming the feed and the term.</summary>
    private protected abstract string Description { get; }

    protected override string UrlStem => $"feeds/{Name}";

    protected override string KeyStem => Name;
}
