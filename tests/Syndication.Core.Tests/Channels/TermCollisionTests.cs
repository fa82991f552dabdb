using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Syndication.Core.Building;
using Syndication.Core.Channels;
using Syndication.Core.Model;

namespace Syndication.Core.Tests.Channels;

/// <summary>Different names with one slug: one channel, titled deterministically, and a warning naming both names and their files.</summary>
public sealed class TermCollisionTests
{
    private static readonly FeedDefinition News = new() { Name = "news", Title = "News", Description = "N" };
    private static readonly SiteChannel Site = new("Site", "S");

    private static ChannelSet Channels(IReadOnlyList<Article> articles) =>
        new Catalog([new CatalogFeed(News, articles)]).Channels(new FeedBuilder(new PublicUrls(FeedFolder.BaseUrl)), Site, DateTimeOffset.MaxValue);

    private static Arbitrary<(string Common, string Rare)> Spellings() =>
        Gen.Elements("a", "b", "k", "z", "7").NonEmptyListOf().Select(parts => string.Concat(parts.Take(30)))
            .SelectMany(word => Gen.Elements(word.ToUpperInvariant() + "!", " " + word + " ", word + "..", "#" + word).Select(other => (word, other)))
            .ToArbitrary();

    [Property(MaxTest = 200)]
    public Property NamesSharingASlug_ShareOneChannelTitledWithTheCommonerName() =>
        Prop.ForAll(Spellings(), names =>
        {
            List<Article> articles =
            [
                CatalogChannelTests.Post("news", "p1", 1, tags: [names.Common]),
                CatalogChannelTests.Post("news", "p2", 2, tags: [names.Rare]),
                CatalogChannelTests.Post("news", "p3", 3, tags: [names.Common]),
            ];
            foreach (var order in new[] { articles, Enumerable.Reverse(articles).ToList() })
            {
                var set = Channels(order);
                var tag = Assert.Single(set.Channels, c => c.Channel is TagChannel);
                Assert.Equal(names.Common, ((TagChannel)tag.Channel).Term);
                Assert.Equal(["news p3", "news p2", "news p1"], tag.Entries.Select(e => e.Article.Title));
                var problem = Assert.Single(set.Problems);
                Assert.Equal(("news/p2.md", Severity.Warning), (problem.File, problem.Severity));
                Assert.Contains($"tag '{names.Rare}' (news/p2.md) and tag '{names.Common}' (news/p1.md, news/p3.md)", problem.Message, StringComparison.Ordinal);
            }
        });

    [Fact]
    public void EquallyCommonNames_TheOrdinalFirstTitlesTheChannel_AndAnArticleWithBothIsListedOnce()
    {
        var set = Channels([CatalogChannelTests.Post("news", "p1", 1, categories: ["rust", "Rust"])]);
        var category = Assert.Single(set.Channels, c => c.Channel is CategoryChannel);
        Assert.Equal("Rust", ((CategoryChannel)category.Channel).Term);
        Assert.Single(category.Entries);
        Assert.Equal("news/p1.md: warning: category 'rust' (news/p1.md) and category 'Rust' (news/p1.md) make the same URL slug 'rust', so both are published in one feed titled 'Rust'. Write the category the same way in every article",
            Assert.Single(set.Problems).ToString());
    }
}
