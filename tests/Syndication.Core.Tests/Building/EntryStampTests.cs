using Syndication.Core.Building;

namespace Syndication.Core.Tests.Building;

public sealed class EntryStampTests
{
    private static readonly string Golden = FeedFolder.InOutput("Fixtures", "golden", "news");

    [Fact]
    public void Delta_HoldsOnlyNewAndChangedEntries()
    {
        var before = FeedFolder.Build(Golden);
        var stamps = EntryStamp.All(before);
        var first = before.Entries.Single(e => e.Article.Slug == "first-post");
        var changed = first with { Article = first.Article with { Title = "First, revised" } };
        var added = first with { Id = "urn:example:new", Article = first.Article with { Slug = "new" } };
        var after = before with { Entries = [added, .. before.Entries.Select(e => e.Id == first.Id ? changed : e)] };

        var delta = EntryStamp.Delta(after, stamps);

        Assert.Equal(["urn:example:new", first.Id], delta.Entries.Select(e => e.Id));
        Assert.Empty(EntryStamp.Delta(before, stamps).Entries);
    }
}
