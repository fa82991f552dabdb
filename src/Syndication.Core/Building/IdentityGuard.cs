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
    /// <param name="site">The records as last claimed: this feed's, and every feed's when <see cref="NeedsOtherFeeds"/>.</param>
    /// <param name="fileGone">Whether a source file no longer exists: another feed's live record whose file is gone was moved or deleted.</param>
    public static IdentityClaim Assign(string feed, IReadOnlyList<Article> articles, SiteLedger site, Func<string, bool> fileGone)
    {
        var own = site.Of(feed);
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
                if (HeldElsewhere(feed, pinned, site, fileGone) is { } owner)
                {
                    problems.Add(Problem.Error(article.File, 0, $"the entry id '{pinned}' is already used by {owner}; this article is skipped",
                        "Give this article its own 'id:' (ids must be unique across all feeds), or remove the 'id:' line to get one made from its feed and slug"));
                    continue;
                }

                Assign(article, pinned);
                // Pinned and moved here: the feed it came from gives up its record, as for an article recognised below.
                if (site.Holder(pinned) is { } before && before.Feed != feed)
                {
                    taken.Add((before.Feed, pinned));
                }
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
        foreach (var article in later)
        {
            if (site.Alike(article)
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
            if (!assigned.ContainsKey(natural) && (site.Holder(natural) is not { } holder || (holder.Feed == feed && holder.Record.Slug == article.Slug)))
            {
                Assign(article, natural);
                continue;
            }

            var fresh = Enumerable.Range(2, int.MaxValue - 2).Select(n => EntryIds.ForArticle(feed, article.Slug, n)).First(id => !assigned.ContainsKey(id) && site.Holder(id) is null);
            Assign(article, fresh);
            problems.Add(KeptWarning(article, fresh, $"the id its slug would give ({natural}) was published before for another article, so it gets a new one"));
        }

        var kept = articles.Where(ids.ContainsKey).Select(a => a.Id == ids[a] ? a : a with { Id = ids[a] }).ToList();
        return new IdentityClaim(kept, problems, Ledger(feed, articles, own, site, ids, assigned), taken);

        void Assign(Article article, string id)
        {
            assigned[id] = article;
            ids[article] = id;
        }
    }

    /// <summary>
    /// Whether a claim of these articles may meet another feed's records: an article new to the feed (a slug it never
    /// published, or an id of its own it does not hold yet). Otherwise the feed's own records decide everything.
    /// </summary>
    public static bool NeedsOtherFeeds(IReadOnlyList<PublishedId> own, IReadOnlyList<Article> articles)
    {
        var slugs = own.Where(r => !r.Pinned).Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);
        var pinned = own.Where(r => r.Pinned && r.Live).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return articles.Any(a => a.Id is { } id ? !pinned.Contains(id) : !slugs.Contains(a.Slug));
    }

    /// <summary>The feed's records after the claim: one per article published now, then the ones no article holds any more.</summary>
    private static List<PublishedId> Ledger(string feed, IReadOnlyList<Article> articles, IReadOnlyList<PublishedId> own,
        SiteLedger site, Dictionary<Article, string> ids, Dictionary<string, Article> assigned)
    {
        var ledger = articles.Where(ids.ContainsKey).Select(a =>
        {
            var id = ids[a];
            var origin = site.Holder(id) is { } before ? before.Record.Origin : $"{feed}/{a.Slug}";
            return PublishedId.Of(a, id, origin, pinned: a.Id is not null);
        }).ToList();
        ledger.AddRange(own.Where(r => !assigned.ContainsKey(r.Id)).Select(r => r with { Live = false }));
        ledger.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return ledger;
    }

    /// <summary>The file of another feed's article that still holds <paramref name="id"/>, or null when none does (never published, not live, or its file is gone: moved).</summary>
    private static string? HeldElsewhere(string feed, string id, SiteLedger site, Func<string, bool> fileGone) =>
        site.Holder(id) is { } holder && holder.Feed != feed && holder.Record.Live && !fileGone(holder.Record.File) ? holder.Record.File : null;

    /// <summary>
    /// Whether a record's article is gone: in this feed, no article has its slug now (ids held now were never
    /// candidates); in another, it is not live there, or its file no longer exists (moved here before that feed ran again).
    /// </summary>
    private static bool IsGone((string Feed, PublishedId Record) held, string feed, HashSet<string> slugs, Func<string, bool> fileGone) =>
        held.Feed == feed ? !slugs.Contains(held.Record.Slug) : !held.Record.Live || fileGone(held.Record.File);

    private static Problem KeptWarning(Article article, string id, string why) =>
        Problem.Warning(article.File, 0, $"this article was renamed or moved: {why}, so readers do not show it twice",
            $"Pin it: add 'id: {id}' to its front matter, and the id no longer depends on the file's name or folder");
}
