using Syndication.Core.Model;

namespace Syndication.Core.Building;

/// <summary>What <see cref="IdentityGuard.Assign"/> decided for one feed.</summary>
/// <param name="Articles">The articles to publish, each with its entry id in <see cref="Article.Id"/>.</param>
/// <param name="Problems">Renames and moves (warnings: pin the id) and ids held elsewhere (errors: the article is left out).</param>
/// <param name="Ledger">The feed's records after this claim: every id it ever published, live or not.</param>
/// <param name="Taken">Ids this feed took from another feed's records (a moved article): feed, id.</param>
public sealed record IdentityClaim(IReadOnlyList<Article> Articles, IReadOnlyList<Problem> Problems, IReadOnlyList<PublishedId> Ledger, IReadOnlyList<(string Feed, string Id)> Taken);

/// <summary>
/// Keeps entry ids stable when files are renamed or moved. Made-up ids come from the feed and slug
/// (<see cref="EntryIds.ForArticle(string, string)"/>), so without a guard a rename would make every reader show the
/// article again. Every id a feed published is recorded (<see cref="PublishedId"/>); an article without its own
/// <c>id:</c> keeps the id its slug had, and an article under a new slug that matches a record whose article is gone
/// (same body, or same date and title; in this feed or another) takes that record's id, with a warning to pin it. An id
/// once published is never given to another article: the one that would get it gets a new one.
/// </summary>
public static class IdentityGuard
{
    /// <param name="feed">The feed being claimed.</param>
    /// <param name="articles">Its articles, as read.</param>
    /// <param name="ledgers">Every feed's records as last claimed, by feed (this one's included).</param>
    /// <param name="fileGone">Whether a source file no longer exists: another feed's live record whose file is gone was moved or deleted.</param>
    public static IdentityClaim Assign(string feed, IReadOnlyList<Article> articles, IReadOnlyDictionary<string, IReadOnlyList<PublishedId>> ledgers, Func<string, bool> fileGone)
    {
        var own = ledgers.GetValueOrDefault(feed) ?? [];
        var holders = Holders(ledgers);
        var assigned = new Dictionary<string, Article>(StringComparer.Ordinal);
        var ids = new Dictionary<Article, string>(ReferenceEqualityComparer.Instance);
        var problems = new List<Problem>();
        var taken = new List<(string Feed, string Id)>();

        // First every article that keeps an id (its own, or its slug's), so a renamed one can only take what nobody keeps.
        var bySlug = own.Where(r => !r.Pinned).GroupBy(r => r.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var later = new List<Article>();
        foreach (var article in articles)
        {
            if (article.Id is { } pinned)
            {
                if (HeldElsewhere(feed, pinned, holders, fileGone) is { } owner)
                {
                    problems.Add(Problem.Error(article.File, 0, $"the entry id '{pinned}' is already used by {owner}; this article is skipped",
                        "Give this article its own 'id:' (ids must be unique across all feeds), or remove the 'id:' line to get one made from its feed and slug"));
                    continue;
                }

                Assign(article, pinned);
            }
            else if (bySlug.TryGetValue(article.Slug, out var known) && !assigned.ContainsKey(known.Id))
            {
                Assign(article, known.Id);
                if (known.Id != EntryIds.ForArticle(feed, article.Slug))
                {
                    problems.Add(KeptWarning(article, known.Id, $"it keeps the entry id it was first published with, as '{known.Origin}'"));
                }
            }
            else
            {
                later.Add(article);
            }
        }

        var slugs = articles.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        var looks = later.Count == 0 ? null : RecordsByLook(ledgers);
        foreach (var article in later)
        {
            if (Candidates(looks!, article)
                    .Where(g => !assigned.ContainsKey(g.Record.Id) && IsGone(g, feed, slugs, fileGone))
                    .OrderByDescending(g => (g.Record.Content == PublishedId.ContentOf(article) ? 1 : 0) + (g.Record.Published == article.Published && g.Record.Title == article.Title ? 1 : 0))
                    .ThenByDescending(g => g.Record.Live)
                    .ThenByDescending(g => g.Feed == feed)
                    .ThenBy(g => g.Record.Id, StringComparer.Ordinal)
                    .FirstOrDefault() is { Record: not null } match)
            {
                Assign(article, match.Record.Id);
                if (match.Feed != feed)
                {
                    taken.Add((match.Feed, match.Record.Id));
                }

                problems.Add(KeptWarning(article, match.Record.Id, $"it was published before as '{match.Feed}/{match.Record.Slug}' ({match.Record.File}) and keeps that entry id"));
                continue;
            }

            var natural = EntryIds.ForArticle(feed, article.Slug);
            if (!assigned.ContainsKey(natural) && (!holders.TryGetValue(natural, out var holder) || (holder.Feed == feed && holder.Record.Slug == article.Slug)))
            {
                Assign(article, natural);
                continue;
            }

            var fresh = Enumerable.Range(2, int.MaxValue - 2).Select(n => EntryIds.ForArticle(feed, article.Slug, n)).First(id => !assigned.ContainsKey(id) && !holders.ContainsKey(id));
            Assign(article, fresh);
            problems.Add(KeptWarning(article, fresh, $"the id its slug would give ({natural}) was published before for another article, so it gets a new one"));
        }

        var kept = articles.Where(ids.ContainsKey).Select(a => a.Id == ids[a] ? a : a with { Id = ids[a] }).ToList();
        return new IdentityClaim(kept, problems, Ledger(feed, articles, own, holders, ids, assigned), taken);

        void Assign(Article article, string id)
        {
            assigned[id] = article;
            ids[article] = id;
        }
    }

    /// <summary>The feed's records after the claim: one per article published now, then the ones no article holds any more.</summary>
    private static List<PublishedId> Ledger(string feed, IReadOnlyList<Article> articles, IReadOnlyList<PublishedId> own,
        Dictionary<string, (string Feed, PublishedId Record)> holders, Dictionary<Article, string> ids, Dictionary<string, Article> assigned)
    {
        var ledger = articles.Where(ids.ContainsKey).Select(a =>
        {
            var id = ids[a];
            var origin = holders.TryGetValue(id, out var before) ? before.Record.Origin : $"{feed}/{a.Slug}";
            return PublishedId.Of(a, id, origin, pinned: a.Id is not null);
        }).ToList();
        ledger.AddRange(own.Where(r => !assigned.ContainsKey(r.Id)).Select(r => r with { Live = false }));
        ledger.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return ledger;
    }

    /// <summary>Who holds each id, by id: a live record before one that is not.</summary>
    private static Dictionary<string, (string Feed, PublishedId Record)> Holders(IReadOnlyDictionary<string, IReadOnlyList<PublishedId>> ledgers)
    {
        var holders = new Dictionary<string, (string, PublishedId)>(StringComparer.Ordinal);
        foreach (var (feed, records) in ledgers.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            foreach (var record in records)
            {
                if (!holders.TryGetValue(record.Id, out var known) || (!known.Item2.Live && record.Live))
                {
                    holders[record.Id] = (feed, record);
                }
            }
        }

        return holders;
    }

    /// <summary>The file of another feed's article that still holds <paramref name="id"/>, or null when none does (never published, not live, or its file is gone: moved).</summary>
    private static string? HeldElsewhere(string feed, string id, Dictionary<string, (string Feed, PublishedId Record)> holders, Func<string, bool> fileGone) =>
        holders.TryGetValue(id, out var holder) && holder.Feed != feed && holder.Record.Live && !fileGone(holder.Record.File) ? holder.Record.File : null;

    /// <summary>
    /// Whether a record's article is gone: in this feed, no article has its slug now (ids held now were never
    /// candidates); in another, it is not live there, or its file no longer exists (moved here before that feed ran again).
    /// </summary>
    private static bool IsGone((string Feed, PublishedId Record) held, string feed, HashSet<string> slugs, Func<string, bool> fileGone) =>
        held.Feed == feed ? !slugs.Contains(held.Record.Slug) : !held.Record.Live || fileGone(held.Record.File);

    /// <summary>Every record by the two things a renamed article keeps: its body's hash, and its date with its title.</summary>
    private static ILookup<string, (string Feed, PublishedId Record)> RecordsByLook(IReadOnlyDictionary<string, IReadOnlyList<PublishedId>> ledgers) =>
        ledgers.SelectMany(l => l.Value.SelectMany(r => new[] { (Key: ContentKey(r.Content), Feed: l.Key, Record: r), (Key: DateTitleKey(r.Published, r.Title), Feed: l.Key, Record: r) }))
            .ToLookup(k => k.Key, k => (k.Feed, k.Record), StringComparer.Ordinal);

    private static IEnumerable<(string Feed, PublishedId Record)> Candidates(ILookup<string, (string Feed, PublishedId Record)> known, Article article) =>
        known[ContentKey(PublishedId.ContentOf(article))].Concat(known[DateTitleKey(article.Published, article.Title)]).Distinct();

    private static string ContentKey(string content) => "c\0" + content;

    private static string DateTitleKey(DateTimeOffset published, string title) =>
        $"d\0{published.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)}\0{title}";

    private static Problem KeptWarning(Article article, string id, string why) =>
        Problem.Warning(article.File, 0, $"this article was renamed or moved: {why}, so readers do not show it twice",
            $"Pin it: add 'id: {id}' to its front matter, and the id no longer depends on the file's name or folder");
}
