using Syndication.Core.Building;
using Syndication.Core.Model;
using Syndication.Core.Parsing;

namespace Syndication.Core.Channels;

/// <summary>
/// Groups each feed's entries by term slug for tag and category channels. Names that share a slug share the channel, titled
/// with the name most articles use (ordinal order breaks ties), and each other name is reported.
/// </summary>
internal static class TermGroups
{
    private const int FilesShown = 3;

    public static IEnumerable<ChannelEntries> Derive(
        IReadOnlyList<ChannelEntries> feeds, string kind, Func<Article, IReadOnlyList<string>> terms,
        Func<FeedDefinition, string, string, TermChannel> channel, List<Problem> problems)
    {
        // Feeds share most of their terms: each name is turned into a slug once per run.
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var feed in feeds)
        {
            var definition = ((FeedChannel)feed.Channel).Feed;
            foreach (var (slug, group) in Groups(feed.Entries, terms, slugs).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                if (group.Names.Count == 1)
                {
                    yield return new ChannelEntries(channel(definition, group.Names.Keys.First(), slug), group.Entries);
                    continue;
                }

                var names = group.Names.Select(n => (Name: n.Key, Files: n.Value.Order(StringComparer.Ordinal).ToList()))
                    .OrderByDescending(n => n.Files.Count).ThenBy(n => n.Name, StringComparer.Ordinal).ToList();
                var chosen = names[0];
                foreach (var (name, files) in names.Skip(1))
                {
                    problems.Add(Problem.Warning(files[0], 0,
                        $"{kind} '{Shown.Value(name)}' ({Files(files)}) and {kind} '{Shown.Value(chosen.Name)}' ({Files(chosen.Files)}) make the same URL slug '{slug}', so both are published in one feed titled '{Shown.Value(chosen.Name)}'",
                        $"Write the {kind} the same way in every article"));
                }

                yield return new ChannelEntries(channel(definition, chosen.Name, slug), group.Entries);
            }
        }
    }

    private sealed class Group
    {
        public Dictionary<string, List<string>> Names { get; } = new(StringComparer.Ordinal);

        public List<FeedEntry> Entries { get; } = [];
    }

    private static Dictionary<string, Group> Groups(IReadOnlyList<FeedEntry> entries, Func<Article, IReadOnlyList<string>> terms, Dictionary<string, string> slugs)
    {
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var term in terms(entry.Article))
            {
                if (!slugs.TryGetValue(term, out var slug))
                {
                    slugs[term] = slug = TermSlugs.Of(term);
                }

                if (!groups.TryGetValue(slug, out var group))
                {
                    groups[slug] = group = new Group();
                }

                if (!group.Names.TryGetValue(term, out var files))
                {
                    group.Names[term] = files = [];
                }

                files.Add(entry.Article.File);
                // Two spellings on one article put it in the channel once; entries arrive newest first and stay so.
                if (group.Entries.Count == 0 || !ReferenceEquals(group.Entries[^1], entry))
                {
                    group.Entries.Add(entry);
                }
            }
        }

        return groups;
    }

    private static string Files(List<string> files)
    {
        var shown = string.Join(", ", files.Take(FilesShown));
        return files.Count > FilesShown ? $"{shown} and {files.Count - FilesShown} more" : shown;
    }
}
