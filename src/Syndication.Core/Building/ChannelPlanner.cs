using Syndication.Core.Model;
using Syndication.Core.Rendering;

namespace Syndication.Core.Building;

/// <summary>
/// What a channel's last publication left: its frozen RFC 5005 archive pages (each entry id with its stamp when
/// archived, oldest page first) and the stamp of each article page written, by slug.
/// </summary>
public sealed record ChannelState(IReadOnlyList<IReadOnlyDictionary<string, string>> Archives, IReadOnlyDictionary<string, string> Pages)
{
    public static ChannelState Empty { get; } = new([], new Dictionary<string, string>(StringComparer.Ordinal));
}

/// <summary>One document in every format, by extension.</summary>
public sealed record PlannedFormats(IReadOnlyList<(string Extension, byte[] Bytes)> Formats);

/// <summary>
/// Everything one publication of a channel writes, as bytes, and the state it leaves: the subscription document,
/// archive pages that filled up since, and the article pages whose content changed; <see cref="Slugs"/> names every
/// article page that exists afterwards, so the others can go.
/// </summary>
public sealed record ChannelPlan(
    FeedDocument Subscription,
    PlannedFormats Formats,
    IReadOnlyList<(int Number, PlannedFormats Page)> NewArchivePages,
    IReadOnlyList<(string Slug, byte[] Html)> ChangedPages,
    IReadOnlyList<string> Slugs,
    ChannelState Next);

/// <summary>
/// Computes a channel's documents: a pure function of the feed, its entries (already chosen for the time of the run)
/// and the previous state. Only what changed is rendered: article pages whose stamp moved, archive pages that filled
/// up. Work is spread over the cores; the result does not depend on how.
/// </summary>
public static class ChannelPlanner
{
    public static ChannelPlan Plan(FeedBuilder builder, IReadOnlyList<FeedFormat> formats, FeedDefinition feed, IReadOnlyList<FeedEntry> entries, ChannelState previous)
    {
        var all = builder.Document(feed, entries, FeedPage.Unknown);
        var (pages, pageStamps) = ArticlePages(all, previous.Pages);

        var archive = Archiver.Plan(entries, previous.Archives, feed.Limit);
        var archived = previous.Archives.Count;
        var newPages = new (int Number, PlannedFormats Page)[archive.NewPages.Count];
        Parallel.For(0, newPages.Length, i =>
        {
            var number = archived + i + 1;
            newPages[i] = (number, Serialise(formats, builder.Document(feed, archive.NewPages[i], FeedPage.Archive(number))));
        });

        var archives = previous.Archives.Concat(archive.NewPages.Select(p => (IReadOnlyDictionary<string, string>)p.ToDictionary(e => e.Id, EntryStamp.Of, StringComparer.Ordinal))).ToList();
        var subscription = builder.Document(feed, archive.Subscription, FeedPage.Subscription(archives.Count));
        return new ChannelPlan(subscription, Serialise(formats, subscription), newPages, pages, [.. pageStamps.Keys],
            new ChannelState(archives, pageStamps));
    }

    /// <summary>The pages whose stamp differs from the one written before, rendered; and every page's stamp.</summary>
    private static (List<(string Slug, byte[] Html)> Changed, Dictionary<string, string> Stamps) ArticlePages(FeedDocument all, IReadOnlyDictionary<string, string> written)
    {
        var stamps = new string[all.Entries.Count];
        var rendered = new byte[]?[all.Entries.Count];
        Parallel.For(0, all.Entries.Count, i =>
        {
            var entry = all.Entries[i];
            stamps[i] = HtmlPages.ArticleStamp(all, entry);
            if (!written.TryGetValue(entry.Article.Slug, out var old) || old != stamps[i])
            {
                rendered[i] = HtmlPages.Article(all, entry);
            }
        });

        var changed = new List<(string, byte[])>();
        var bySlug = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < stamps.Length; i++)
        {
            var slug = all.Entries[i].Article.Slug;
            bySlug[slug] = stamps[i];
            if (rendered[i] is { } html)
            {
                changed.Add((slug, html));
            }
        }

        return (changed, bySlug);
    }

    private static PlannedFormats Serialise(IReadOnlyList<FeedFormat> formats, FeedDocument document) =>
        new([.. formats.Select(f => (f.Extension, f.Write(document)))]);
}
