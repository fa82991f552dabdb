using Syndication.Core.Building;
using Syndication.Core.Model;

namespace Syndication.Core.Channels;

/// <summary>
/// The entries of one feed filed under one term (a tag or a category): <c>/feeds/{feed}/{folder}/{slug}.{ext}</c>, archives
/// under <c>/feeds/{feed}/{folder}/{slug}/archive/</c>, stored under the same path without "feeds/".
/// </summary>
public abstract class TermChannel : Channel
{
    private protected TermChannel(FeedDefinition feed, string folder, string term, string title, string description)
    {
        Feed = feed;
        Term = term;
        Slug = TermSlugs.Of(term);
        Name = $"{feed.Name}/{folder}/{Slug}";
        Id = EntryIds.ForTerm(feed.Name, folder, Slug);
        Definition = feed with { Title = title, Description = description, Id = Id };
    }

    /// <summary>The feed the entries come from.</summary>
    public FeedDefinition Feed { get; }

    /// <summary>The term as titles show it; of several spellings that share one slug, the one chosen for the channel.</summary>
    public string Term { get; }

    /// <summary>The term in URLs and storage keys (<see cref="TermSlugs.Of"/>).</summary>
    public string Slug { get; }

    public override string Name { get; }

    public override string Id { get; }

    /// <summary>The feed's metadata with the channel's own title, description and id; the feed's entry limit.</summary>
    public override FeedDefinition Definition { get; }

    protected override string UrlStem => $"feeds/{Name}";

    protected override string KeyStem => Name;
}
