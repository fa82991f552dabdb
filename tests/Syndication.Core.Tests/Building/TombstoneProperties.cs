using System.Globalization;
using System.Xml.Linq;
using Syndication.Core.Building;
using Syndication.Core.Channels;
using Syndication.Core.Model;

namespace Syndication.Core.Tests.Building;

/// <summary>
/// Random runs of adds, deletions, edits, retags and returns (seeded, so a failure repeats), time moving on by up to ten
/// days a run, on a paged feed and one of its tag channels. After every run, every id the channel ever carried is, in
/// the documents as they stand (each written page kept, as the store does): a current entry and no tombstone; or,
/// deleted less than the tombstone life ago, no entry anywhere and a tombstone dated at its deletion in the subscription
/// document and in each archive page that had it; or, after that, nowhere at all.
/// </summary>
public sealed class TombstoneProperties
{
    private static readonly DateTimeOffset Start = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Life = TimeSpan.FromDays(7);
    private static readonly FeedDefinition Feed = new() { Name = "news", Title = "News", Description = "D", Limit = 2 };
    private static readonly string[] Tags = ["a", "b"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void EveryIdEverCarried_IsAnEntryOrALiveTombstoneInEveryDocumentThatHadIt_UntilItExpires(int seed)
    {
        var random = new Random(seed);
        var present = new Dictionary<string, Article>(StringComparer.Ordinal);
        var removed = new Dictionary<string, Article>(StringComparer.Ordinal);
        var channels = new[] { new Tracked(new FeedChannel(Feed), _ => true), new Tracked(new TagChannel(Feed, "a"), a => a.Tags.Contains("a")) };
        var now = Start;
        for (var run = 0; run < 40; run++)
        {
            for (var change = random.Next(1, 4); change > 0; change--)
            {
                Change(random, present, removed, run);
            }

            now += TimeSpan.FromHours(random.Next(0, 241));
            foreach (var tracked in channels)
            {
                tracked.Run([.. present.Values], now);
            }
        }
    }

    private static void Change(Random random, Dictionary<string, Article> present, Dictionary<string, Article> removed, int run)
    {
        var pick = (Dictionary<string, Article> from) => from.Keys.Order(StringComparer.Ordinal).ElementAt(random.Next(from.Count));
        switch (random.Next(5))
        {
            case 0 or 1:
                var slug = $"p{present.Count + removed.Count}";
                present[slug] = TombstoneTests.Article(slug, run * 3, [.. Tags.Where(_ => random.Next(2) == 0)]);
                break;
            case 2 when present.Count > 0:
                var gone = pick(present);
                removed[gone] = present[gone];
                present.Remove(gone);
                break;
            case 3 when removed.Count > 0:
                var back = pick(removed);
                present[back] = removed[back];
                removed.Remove(back);
                break;
            case 4 when present.Count > 0:
                var other = pick(present);
                present[other] = present[other] with { Tags = [.. Tags.Where(_ => random.Next(2) == 0)], Title = $"Edited {run}" };
                break;
        }
    }

    /// <summary>One channel's state and written documents, and what the test itself knows of its ids.</summary>
    private sealed class Tracked(Channel channel, Func<Article, bool> carries)
    {
        private readonly Dictionary<string, XElement> _documents = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DateTimeOffset> _deletedAt = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _pagesHolding = new(StringComparer.Ordinal);
        private HashSet<string> _carried = new(StringComparer.Ordinal);
        private ChannelState _state = ChannelState.Empty;

        public void Run(IReadOnlyList<Article> articles, DateTimeOffset now)
        {
            var current = TombstoneTests.Entries(articles.Where(carries)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            if (TombstoneTests.Plan(channel, articles.Where(carries), _state, now, Life) is { } plan)
            {
                _documents["subscription"] = TombstoneTests.AtomOf(plan.Formats);
                foreach (var (number, render) in plan.ArchivePages)
                {
                    _documents[$"archive {number}"] = TombstoneTests.AtomOf(render());
                }

                _state = plan.Next;
            }

            foreach (var id in _carried.Where(id => !current.Contains(id)))
            {
                _deletedAt[id] = now;
            }

            foreach (var id in current)
            {
                _deletedAt.Remove(id);
            }

            Check(current, now);
            _carried = current;
        }

        private void Check(HashSet<string> current, DateTimeOffset now)
        {
            var entries = _documents.ToDictionary(d => d.Key, d => TombstoneTests.EntryIdsOf(d.Value), StringComparer.Ordinal);
            var tombstones = _documents.ToDictionary(d => d.Key, d => TombstoneTests.DeletedEntries(d.Value), StringComparer.Ordinal);
            Assert.All(tombstones.Values, t => Assert.Equal(t.Count, t.Select(d => d.Ref).Distinct().Count()));
            foreach (var id in current)
            {
                Assert.Contains(entries.Values, e => e.Contains(id));
                Assert.DoesNotContain(tombstones.Values, t => t.Any(d => d.Ref == id));
                _pagesHolding[id] = [.. entries.Where(e => e.Key != "subscription" && e.Value.Contains(id)).Select(e => e.Key)];
            }

            foreach (var (id, deleted) in _deletedAt)
            {
                Assert.DoesNotContain(entries.Values, e => e.Contains(id));
                var holding = tombstones.Where(t => t.Value.Any(d => d.Ref == id)).Select(t => t.Key).Order(StringComparer.Ordinal);
                if (deleted + Life > now)
                {
                    Assert.Equal(_pagesHolding[id].Append("subscription").Order(StringComparer.Ordinal), holding);
                    var when = deleted.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                    Assert.All(holding, document => Assert.Equal(when, tombstones[document].Single(d => d.Ref == id).When));
                }
                else
                {
                    Assert.Empty(holding);
                }
            }
        }
    }
}
