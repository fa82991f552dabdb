using Syndication.Core.Channels;
using Syndication.Core.Rendering;

namespace Syndication.Core.Building;

/// <summary>
/// What a channel's last publication left: its frozen RFC 5005 archive pages (each entry id with its stamp when
/// archived, oldest page first) and the stamp of each article page written, by slug.
/// </summary>
public sealed record ChannelState(IReadOnlyList<IReadOnlyDictionary<string, string>> Archives, IReadOnlyDictionary<string, string> Pages)
{
    public static ChannelState Empty { get; } = new([], new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>A fingerprint of everything the channel's documents were made from; null before its first publication.</summary>
    public string? Inputs { get; init; }

    /// <summary>Every entry id the channel carries (subscription document and archive pages) with its link; null in state written before tombstones.</summary>
    public IReadOnlyDictionary<string, string>? Carried { get; init; }

    /// <summary>The entries the channel carried and no longer does, newest first, until they expire (RFC 6721).</summary>
    public IReadOnlyList<Tombstone> Tombstones { get; init; } = [];
}

/// <summary>One document in every format, by extension.</summary>
public sealed record PlannedFormats(IReadOnlyList<(string Extension, byte[] Bytes)> Formats);

/// <summary>
/// Everything one publication of a channel writes and the state it leaves: the subscription document as bytes, archive
/// pages to write (those that filled up since, and older ones whose deleted entries' tombstones came or went), the
/// article pages whose content changed and the channel's own page, each made when it is written (a cold build has
/// thousands, which need not all be in memory at once); <see cref="Slugs"/> names every article page that exists
/// afterwards, so the others can go.
/// </summary>
public sealed record ChannelPlan(
    FeedDocument Subscription,
    PlannedFormats Formats,
    IReadOnlyList<(int Number, Func<PlannedFormats> Render)> ArchivePages,
    IReadOnlyList<(string Slug, Func<byte[]> Render)> ChangedPages,
    IReadOnlyList<string> Slugs,
    ChannelState Next)
{
    /// <summary>The channel's HTML page listing the subscription document's entries; null for a channel without one (the combined feed).</summary>
    public Func<byte[]>? Listing { get; init; }
}

/// <summary>
/// Computes a channel's documents: a pure function of the feed, its entries (already chosen for the time of the run),
/// the previous state and the time (which dates deletions and expires their tombstones, see <see cref="Deletions"/>).
/// Only what changed is rendered: article pages whose stamp moved, archive pages that filled up or whose tombstones
/// changed. Work is spread over the cores; the result does not depend on how.
/// </summary>
public static class ChannelPlanner
{
    /// <summary>
    /// The documents of <paramref name="channel"/>, or null when nothing it is made from changed since <paramref name="previous"/>;
    /// a deleted entry's tombstone is dated <paramref name="now"/> and published for <paramref name="tombstoneLife"/> (zero: none).
    /// </summary>
    public static ChannelPlan? Plan(
        FeedBuilder builder, IReadOnlyList<FeedFormat> formats, Channel channel, IReadOnlyList<FeedEntry> entries, ChannelState previous, DateTimeOffset now, TimeSpan tombstoneLife)
    {
        var deletions = Deletions.Plan(entries, previous, now, tombstoneLife);
        var inputs = Inputs(builder, formats, channel, entries, deletions.Tombstones);
        // State written before tombstones does not say which entries the channel carries: planned once to record it.
        if (inputs == previous.Inputs && previous.Carried is not null)
        {
            return null;
        }

        var feed = channel.Definition;
        var all = builder.Document(channel, entries, FeedPage.Unknown);
        // Only a feed has article pages; a tag or the combined feed links the same pages.
        var (pages, pageStamps) = channel is FeedChannel ? ArticlePages(all, previous.Pages) : ([], new Dictionary<string, string>(StringComparer.Ordinal));

        var archive = Archiver.Plan(entries, deletions.Archives, feed.Limit);
        // An archive page whose tombstones changed is written again with its entries as they are now.
        var rewritten = deletions.ChangedPages
            .Select(number => (Number: number, Entries: (IReadOnlyList<FeedEntry>)[.. entries.Where(e => deletions.Archives[number - 1].ContainsKey(e.Id))]))
            .ToList();
        // Every archived entry is serialised now, so a writer that throws does it before anything is written; the pages
        // are only put together from those bytes when written.
        Parallel.ForEach(archive.NewPages.Concat(rewritten.Select(p => p.Entries)).SelectMany(p => p), entry =>
        {
            foreach (var format in formats)
            {
                format.Entry(entry);
            }
        });
        var archived = deletions.Archives.Count;
        var archivePages = rewritten.Select(page => (page.Number, Render: (Func<PlannedFormats>)(() => Serialise(formats,
                builder.Document(channel, page.Entries, FeedPage.Archive(page.Number)).WithTombstones([.. deletions.Tombstones.Where(t => t.Page == page.Number)])))))
            .Concat(archive.NewPages.Select((page, i) => (
                Number: archived + i + 1,
                Render: (Func<PlannedFormats>)(() => Serialise(formats, builder.Document(channel, page, FeedPage.Archive(archived + i + 1)))))))
            .ToList();

        var archives = deletions.Archives.Concat(archive.NewPages.Select(p => (IReadOnlyDictionary<string, string>)p.ToDictionary(e => e.Id, EntryStamp.Of, StringComparer.Ordinal))).ToList();
        var subscription = builder.Document(channel, archive.Subscription, FeedPage.Subscription(archives.Count)).WithTombstones(deletions.Tombstones);
        var carried = new Dictionary<string, string>(entries.Count, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            carried.TryAdd(entry.Id, entry.Link.AbsoluteUri);
        }

        return new ChannelPlan(subscription, Serialise(formats, subscription), archivePages, pages, [.. pageStamps.Keys],
            new ChannelState(archives, pageStamps) { Inputs = inputs, Carried = carried, Tombstones = deletions.Tombstones })
        {
            Listing = HtmlPages.HasListing(channel) ? () => HtmlPages.Listing(subscription) : null,
        };
    }

    /// <summary>
    /// Everything a channel's documents depend on besides its state: its metadata, the hubs, the formats and each
    /// entry's stamp in order, and its live tombstones. Equal inputs and state, equal documents, so an unchanged channel
    /// costs one hash; a tombstone expiring changes them.
    /// </summary>
    private static string Inputs(FeedBuilder builder, IReadOnlyList<FeedFormat> formats, Channel channel, IReadOnlyList<FeedEntry> entries, IReadOnlyList<Tombstone> tombstones)
    {
        var feed = channel.Definition;
        var text = new System.Text.StringBuilder().AppendJoin('\n', [
            channel.Name, channel.Id, feed.Title, feed.Description, feed.Language, feed.Link?.Href, feed.Rights, feed.Icon?.Href, feed.Logo?.Href,
            string.Join('\u001f', feed.Categories), string.Join('\u001f', feed.Authors), feed.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            feed.DefinedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture), builder.Urls.Base.AbsoluteUri, HtmlPages.Version,
            string.Join('\u001f', builder.Hubs.Select(h => h.AbsoluteUri)), string.Join('\u001f', formats.Select(f => f.Extension)), ""]);
        foreach (var entry in entries)
        {
            // The entry's stamp covers what every format shows; the rest is what its article page adds.
            text.Append(EntryStamp.Of(entry)).Append('\u001f').AppendJoin('\u001e', entry.Article.Tags).Append('\u001f')
                .AppendJoin('\u001e', entry.Article.Categories).Append('\u001f').AppendJoin('\u001e', entry.Authors.Select(a => a.Affiliation)).Append('\n');
        }

        // Only when there are any, so the fingerprint of a channel without deletions is what it was before tombstones.
        foreach (var tombstone in tombstones)
        {
            text.Append('\u001d').AppendJoin('\u001f', tombstone.Id, tombstone.When.ToString("O", System.Globalization.CultureInfo.InvariantCulture), tombstone.Link, tombstone.Page?.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        return EntryStamp.Hash(text.ToString());
    }

    /// <summary>The pages whose stamp differs from the one written before, to render; and every page's stamp.</summary>
    private static (List<(string Slug, Func<byte[]> Render)> Changed, Dictionary<string, string> Stamps) ArticlePages(FeedDocument all, IReadOnlyDictionary<string, string> written)
    {
        var stamps = new string[all.Entries.Count];
        Parallel.For(0, all.Entries.Count, i => stamps[i] = HtmlPages.ArticleStamp(all, i));

        var changed = new List<(string, Func<byte[]>)>();
        var bySlug = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < stamps.Length; i++)
        {
            var (slug, index) = (all.Entries[i].Article.Slug, i);
            bySlug[slug] = stamps[i];
            if (!written.TryGetValue(slug, out var old) || old != stamps[i])
            {
                changed.Add((slug, () => HtmlPages.Article(all, index)));
            }
        }

        return (changed, bySlug);
    }

    private static PlannedFormats Serialise(IReadOnlyList<FeedFormat> formats, FeedDocument document) =>
        new([.. formats.Select(f => (f.Extension, f.Write(document)))]);
}
