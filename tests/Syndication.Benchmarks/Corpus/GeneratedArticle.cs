using System.Globalization;
using System.Text;

namespace Syndication.Benchmarks.Corpus;

/// <summary>One generated article: its file name, its whole text, when it was published and whether it is a draft.</summary>
internal sealed record GeneratedArticle(string FileName, string Text, DateTimeOffset Published, bool Draft)
{
    /// <summary>The newest article is dated here and each next one about four hours earlier, so 50,000 reach back to 2002.</summary>
    public static readonly DateTimeOffset Newest = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan Spacing = TimeSpan.FromHours(4);

    /// <summary>Article <paramref name="index"/> of a feed: the same seed gives the same text, whatever the corpus size.</summary>
    public static GeneratedArticle Create(Random random, int index)
    {
        var title = MarkdownBody.Capitalised(MarkdownBody.Phrase(random, random.Next(4, 10)));
        var slug = SlugOf(title, index);
        // Less than the spacing, so article 0 is the newest and the order of instants is the order of indexes.
        var published = Newest - (Spacing * index) - TimeSpan.FromMinutes(random.Next(0, 200));
        var draft = random.Chance(0.01);
        var yaml = new StringBuilder("---\n");
        yaml.Append("title: ").Append(Quoted(title)).Append('\n');
        yaml.Append("date: ").Append(Rfc3339(published, random.Pick(Vocabulary.Offsets))).Append('\n');
        if (random.Chance(0.2))
        {
            var lastmod = published + TimeSpan.FromMinutes(random.Next(10, 60 * 24 * 30));
            yaml.Append("lastmod: ").Append(Rfc3339(lastmod < Newest ? lastmod : Newest, random.Pick(Vocabulary.Offsets))).Append('\n');
        }

        if (random.Chance(0.8))
        {
            var summary = MarkdownBody.Capitalised(MarkdownBody.Phrase(random, random.Next(10, 25))) + ".";
            yaml.Append(random.Chance(0.15) ? "description: " : "summary: ").Append(Quoted(summary)).Append('\n');
        }

        yaml.Append("tags: ").Append(FlowList(Distinct(random, Vocabulary.Tags, random.Next(1, 6)))).Append('\n');
        if (random.Chance(0.6))
        {
            yaml.Append("categories: ").Append(FlowList(Distinct(random, Vocabulary.Categories, random.Next(1, 3)))).Append('\n');
        }

        AppendAuthors(random, yaml);
        if (draft)
        {
            yaml.Append("draft: true\n");
        }

        if (random.Chance(0.1))
        {
            yaml.Append("slug: ").Append(SlugOf(MarkdownBody.Phrase(random, 3), index)).Append('\n');
        }

        yaml.Append("---\n\n").Append(MarkdownBody.Write(random));
        return new GeneratedArticle(slug + ".md", yaml.ToString(), published, draft);
    }

    private static void AppendAuthors(Random random, StringBuilder yaml)
    {
        switch (random.Next(20))
        {
            case < 12:
                yaml.Append("author: ").Append(Quoted(random.Pick(Vocabulary.People))).Append('\n');
                break;
            case < 15:
                yaml.Append("author:\n  name: ").Append(Quoted(random.Pick(Vocabulary.People)))
                    .Append("\n  affiliation: ").Append(Quoted(random.Pick(Vocabulary.Affiliations))).Append('\n');
                break;
            case < 18:
                yaml.Append("authors:\n");
                foreach (var name in Distinct(random, Vocabulary.People, random.Next(2, 4)))
                {
                    yaml.Append("  - ").Append(Quoted(name)).Append('\n');
                }

                break;
            default:
                break; // No author: the feed's authors stand in.
        }
    }

    /// <summary>RFC 3339 in the given offset, the same instant.</summary>
    public static string Rfc3339(DateTimeOffset instant, TimeSpan offset) =>
        instant.ToOffset(offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The ASCII words of a title, lower-case and hyphenated, with the index to keep it unique in its feed.</summary>
    private static string SlugOf(string title, int index)
    {
        var words = title.ToLowerInvariant().Split(' ').Where(w => w.All(char.IsAsciiLetterOrDigit)).Take(6);
        return string.Join('-', words.Append(index.ToString(CultureInfo.InvariantCulture)));
    }

    private static IEnumerable<string> Distinct(Random random, string[] items, int count) =>
        Enumerable.Range(0, count).Select(_ => random.Pick(items)).Distinct(StringComparer.Ordinal);

    private static string FlowList(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quoted)) + "]";

    /// <summary>A YAML double-quoted scalar, which Hugo, Jekyll and our reader all take as the same string.</summary>
    public static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
