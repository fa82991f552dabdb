using Syndication.Core.Building;
using Syndication.Core.Model;

namespace Syndication.Core.Tests.Building;

public sealed class IdentityGuardTests
{
    private static readonly DateTimeOffset Day = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The site between runs: each feed's records, and which source files exist.</summary>
    private sealed class Site
    {
        public Dictionary<string, IReadOnlyList<PublishedId>> Ledgers { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Files { get; } = new(StringComparer.Ordinal);

        /// <summary>One feed's run: its articles get their ids, and the records are kept as a service keeps them.</summary>
        public IdentityClaim Claim(string feed, params Article[] articles)
        {
            // As the service does: every feed's records only when an article is new to its feed.
            var own = Ledgers.GetValueOrDefault(feed) ?? [];
            var site = IdentityGuard.NeedsOtherFeeds(own, articles)
                ? new SiteLedger(Ledgers)
                : new SiteLedger(new Dictionary<string, IReadOnlyList<PublishedId>>(StringComparer.Ordinal) { [feed] = own });
            var claim = IdentityGuard.Assign(feed, articles, site, file => !Files.Contains(file));
            Ledgers[feed] = claim.Ledger;
            foreach (var (from, id) in claim.Taken)
            {
                Ledgers[from] = [.. Ledgers[from].Where(r => r.Id != id)];
            }

            return claim;
        }

        public Article Write(string feed, string slug, string title, DateTimeOffset date, string body, string? id = null)
        {
            var file = $"{feed}/{slug}.md";
            Files.Add(file);
            return new Article { Slug = slug, Title = title, BodyHtml = body, Published = date, Updated = date, File = file, Id = id };
        }

        public void Delete(Article article) => Files.Remove(article.File);
    }

    private static string IdOf(IdentityClaim claim, string slug) => claim.Articles.Single(a => a.Slug == slug).Id!;

    [Fact]
    public void UnchangedArticles_GetTheIdMadeFromFeedAndSlug_WithoutProblems()
    {
        var site = new Site();
        var claim = site.Claim("news", site.Write("news", "one", "One", Day, "<p>1</p>"), site.Write("news", "two", "Two", Day, "<p>2</p>"));

        Assert.Equal(EntryIds.ForArticle("news", "one"), IdOf(claim, "one"));
        Assert.Equal(EntryIds.ForArticle("news", "two"), IdOf(claim, "two"));
        Assert.Empty(claim.Problems);
        Assert.Equal(claim, site.Claim("news", [.. claim.Articles.Select(a => a with { Id = null })]), ClaimComparer.Instance);
    }

    [Theory]
    [InlineData("same body, new title", "Renamed title", "<p>body</p>", 0)]
    [InlineData("same date and title, edited body", "Title", "<p>body, edited</p>", 0)]
    [InlineData("same body, later date", "Title", "<p>body</p>", 2)]
    public void RenamedArticleThatIsRecognised_KeepsItsIdAndTheOperatorIsToldToPinIt(string why, string title, string body, int daysLater)
    {
        var site = new Site();
        var before = site.Write("news", "old-name", "Title", Day, "<p>body</p>");
        var id = IdOf(site.Claim("news", before), "old-name");
        site.Delete(before);

        var claim = site.Claim("news", site.Write("news", "new-name", title, Day.AddDays(daysLater), body));

        Assert.True(id == IdOf(claim, "new-name"), why);
        var warning = Assert.Single(claim.Problems);
        Assert.False(warning.IsError);
        Assert.Equal("news/new-name.md", warning.File);
        Assert.Contains("news/old-name", warning.Message, StringComparison.Ordinal);
        Assert.Contains($"id: {id}", warning.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void RenamedArticle_KeepsItsIdOnEveryLaterRun_AndIsWarnedAboutUntilPinned()
    {
        var site = new Site();
        var before = site.Write("news", "old-name", "Title", Day, "<p>body</p>");
        var id = IdOf(site.Claim("news", before), "old-name");
        site.Delete(before);
        var renamed = site.Write("news", "new-name", "Title", Day, "<p>body</p>");
        site.Claim("news", renamed);

        var again = site.Claim("news", renamed);
        Assert.Equal(id, IdOf(again, "new-name"));
        Assert.Contains($"id: {id}", Assert.Single(again.Problems).Hint, StringComparison.Ordinal);

        var pinned = site.Claim("news", renamed with { Id = id });
        Assert.Equal(id, IdOf(pinned, "new-name"));
        Assert.Empty(pinned.Problems);
    }

    [Fact]
    public void RenamedArticleUnlikeAnyOther_IsANewEntry()
    {
        var site = new Site();
        var before = site.Write("news", "old-name", "Title", Day, "<p>body</p>");
        var id = IdOf(site.Claim("news", before), "old-name");
        site.Delete(before);

        var claim = site.Claim("news", site.Write("news", "new-name", "Another title", Day.AddDays(1), "<p>another body</p>"));

        Assert.Equal(EntryIds.ForArticle("news", "new-name"), IdOf(claim, "new-name"));
        Assert.NotEqual(id, IdOf(claim, "new-name"));
        Assert.Empty(claim.Problems);
    }

    [Fact]
    public void ArticleMovedToAnotherFeed_KeepsItsId_WhicheverFeedRunsFirst()
    {
        foreach (var movedFirst in new[] { true, false })
        {
            var site = new Site();
            var before = site.Write("news", "post", "Title", Day, "<p>body</p>");
            var id = IdOf(site.Claim("news", before), "post");
            site.Claim("zeta");
            site.Delete(before);
            var moved = site.Write("zeta", "post", "Title", Day, "<p>body</p>");

            IdentityClaim zeta, news;
            if (movedFirst)
            {
                zeta = site.Claim("zeta", moved);
                news = site.Claim("news");
            }
            else
            {
                news = site.Claim("news");
                zeta = site.Claim("zeta", moved);
            }

            Assert.Equal(id, IdOf(zeta, "post"));
            Assert.Contains("news/post", Assert.Single(zeta.Problems).Message, StringComparison.Ordinal);
            Assert.Empty(news.Articles);
            Assert.DoesNotContain(site.Ledgers["news"], r => r.Id == id);
        }
    }

    [Fact]
    public void PinnedArticleMovedToAnotherFeed_KeepsItsId_AndTheFeedItLeftGivesUpItsRecord()
    {
        const string id = "tag:example.org,2025:pinned";
        var site = new Site();
        var before = site.Write("news", "post", "Title", Day, "<p>body</p>", id);
        site.Claim("news", before);
        site.Delete(before);

        var zeta = site.Claim("zeta", site.Write("zeta", "post", "Title", Day, "<p>body</p>", id));
        site.Claim("news");

        Assert.Equal(id, IdOf(zeta, "post"));
        Assert.Empty(zeta.Problems);
        Assert.DoesNotContain(site.Ledgers["news"], r => r.Id == id);
        // So nothing in news can be taken for that article later, and the id stays with zeta's.
        var lookalike = site.Claim("news", site.Write("news", "again", "Title", Day, "<p>body</p>"));
        Assert.NotEqual(id, IdOf(lookalike, "again"));
    }

    [Fact]
    public void ArticleCopiedToAnotherFeed_IsAnotherEntry()
    {
        var site = new Site();
        var original = site.Write("news", "post", "Title", Day, "<p>body</p>");
        var id = IdOf(site.Claim("news", original), "post");

        var copy = site.Claim("zeta", site.Write("zeta", "post", "Title", Day, "<p>body</p>"));

        Assert.Equal(EntryIds.ForArticle("zeta", "post"), IdOf(copy, "post"));
        Assert.NotEqual(id, IdOf(copy, "post"));
        Assert.Empty(copy.Problems);
    }

    [Fact]
    public void NewArticleUnderARenamedArticlesOldSlug_GetsAnIdNoOtherArticleHad()
    {
        var site = new Site();
        var first = site.Write("news", "post", "Title", Day, "<p>body</p>");
        var id = IdOf(site.Claim("news", first), "post");
        site.Delete(first);
        var renamed = site.Write("news", "better-name", "Title", Day, "<p>body</p>");
        site.Claim("news", renamed);

        var claim = site.Claim("news", renamed, site.Write("news", "post", "Something else", Day.AddDays(3), "<p>new</p>"));

        Assert.Equal(id, IdOf(claim, "better-name"));
        var fresh = IdOf(claim, "post");
        Assert.NotEqual(id, fresh);
        Assert.Equal(EntryIds.ForArticle("news", "post", 2), fresh);
        Assert.Contains(claim.Problems, p => p.File == "news/post.md" && p.Hint!.Contains($"id: {fresh}", StringComparison.Ordinal));
    }

    [Fact]
    public void DeletedArticleThatComesBackUnderItsSlug_GetsItsIdBack()
    {
        var site = new Site();
        var article = site.Write("news", "post", "Title", Day, "<p>body</p>");
        var id = IdOf(site.Claim("news", article), "post");
        site.Delete(article);
        site.Claim("news");
        Assert.Contains(site.Ledgers["news"], r => r.Id == id && !r.Live);

        var back = site.Claim("news", site.Write("news", "post", "Other title", Day.AddDays(9), "<p>rewritten</p>"));

        Assert.Equal(id, IdOf(back, "post"));
        Assert.Empty(back.Problems);
    }

    [Fact]
    public void PinnedIdHeldByAnotherFeedsLiveArticle_IsAnErrorAndTheArticleIsLeftOut()
    {
        var site = new Site();
        var held = IdOf(site.Claim("news", site.Write("news", "post", "Title", Day, "<p>body</p>")), "post");

        var claim = site.Claim("zeta", site.Write("zeta", "copy", "Copy", Day, "<p>copy</p>", id: held), site.Write("zeta", "own", "Own", Day, "<p>own</p>"));

        Assert.Equal(["own"], claim.Articles.Select(a => a.Slug));
        var error = Assert.Single(claim.Problems);
        Assert.True(error.IsError);
        Assert.Contains("news/post.md", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Generated histories: articles (each with a hidden identity) are created, edited, retitled, renamed, moved between
    /// feeds, copied and deleted across runs, several changes per run, feeds claimed in a random order. Whatever happens,
    /// ids are unique among live articles, an id is never given to another identity, and an article renamed or moved
    /// while keeping its body or its date and title keeps its id.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void GeneratedHistories_NeverDuplicateOrReuseAnId_AndRecognisedArticlesKeepTheirs(int seed)
    {
        var random = new Random(seed);
        var feeds = new[] { "alpha", "beta", "gamma" };
        var site = new Site();
        var live = new List<(int Identity, Article Article)>();
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        var idOf = new Dictionary<int, string>();
        var next = 0;
        for (var run = 0; run < 40; run++)
        {
            var (keeps, touched) = (new HashSet<int>(), new HashSet<int>());
            for (var change = random.Next(1, 4); change > 0; change--)
            {
                Change(random, site, feeds, live, keeps, touched, ref next);
            }

            var claims = new Dictionary<string, IdentityClaim>(StringComparer.Ordinal);
            foreach (var feed in feeds.OrderBy(_ => random.Next()))
            {
                claims[feed] = site.Claim(feed, [.. live.Where(l => l.Article.File.StartsWith(feed + "/", StringComparison.Ordinal)).Select(l => l.Article)]);
            }

            var published = claims.Values.SelectMany(c => c.Articles).ToList();
            Assert.Equal(published.Count, published.Select(a => a.Id).Distinct().Count());
            foreach (var article in published)
            {
                var identity = live.Single(l => l.Article.File == article.File).Identity;
                if (owners.TryGetValue(article.Id!, out var owner))
                {
                    Assert.True(owner == identity, $"seed {seed} run {run}: {article.Id} went from article {owner} to article {identity}");
                }

                owners[article.Id!] = identity;
                if (keeps.Contains(identity) && idOf.TryGetValue(identity, out var before))
                {
                    Assert.True(before == article.Id, $"seed {seed} run {run}: {article.File} was renamed or moved recognisably but its id changed");
                }

                idOf[identity] = article.Id!;
            }
        }
    }

    /// <summary>One random change; identities renamed or moved recognisably go into <paramref name="keeps"/>.</summary>
    private static void Change(Random random, Site site, string[] feeds, List<(int Identity, Article Article)> live, HashSet<int> keeps, HashSet<int> touched, ref int next)
    {
        var feed = feeds[random.Next(feeds.Length)];
        // One change per article and run: two (an edit, then a rename) would leave nothing to know it by, for anyone.
        var untouched = Enumerable.Range(0, live.Count).Where(i => !touched.Contains(live[i].Identity)).ToList();
        var pick = untouched.Count == 0 ? -1 : untouched[random.Next(untouched.Count)];
        if (pick >= 0)
        {
            touched.Add(live[pick].Identity);
        }

        switch (pick < 0 ? 0 : random.Next(6))
        {
            case 0:
                var n = next++;
                live.Add((n, site.Write(feed, $"post-{n}", $"Title {n}", Day.AddDays(n), $"<p>body {n}</p>")));
                break;
            case 1:
                var (edited, article) = live[pick];
                live[pick] = (edited, article with { BodyHtml = article.BodyHtml + " more", Title = article.Title + " (edited)" });
                break;
            case 2 or 3:
                // Renamed or moved, keeping either its body or its date and title.
                var (moved, old) = live[pick];
                site.Delete(old);
                var slug = $"renamed-{next++}";
                var keepBody = random.Next(2) == 0;
                var renamed = site.Write(feed, slug, keepBody ? old.Title + "!" : old.Title, keepBody ? old.Published.AddDays(1) : old.Published, keepBody ? old.BodyHtml : old.BodyHtml + " reworded");
                live[pick] = (moved, renamed);
                keeps.Add(moved);
                break;
            case 4:
                // A copy is another article (ArticleCopiedToAnotherFeed_IsAnotherEntry); told apart here, since two
                // articles alike in everything that both vanish cannot be told apart by anyone.
                var source = live[pick].Article;
                var c = next++;
                live.Add((c, site.Write(feed, $"copy-{c}", $"{source.Title} (copy {c})", source.Published, $"{source.BodyHtml} (copy {c})")));
                break;
            default:
                site.Delete(live[pick].Article);
                live.RemoveAt(pick);
                break;
        }
    }

    private sealed class ClaimComparer : IEqualityComparer<IdentityClaim>
    {
        public static readonly ClaimComparer Instance = new();

        public bool Equals(IdentityClaim? x, IdentityClaim? y) =>
            x!.Articles.Select(a => (a.Slug, a.Id)).SequenceEqual(y!.Articles.Select(a => (a.Slug, a.Id))) && x.Ledger.SequenceEqual(y.Ledger) && x.Problems.SequenceEqual(y.Problems);

        public int GetHashCode(IdentityClaim obj) => obj.Articles.Count;
    }
}
