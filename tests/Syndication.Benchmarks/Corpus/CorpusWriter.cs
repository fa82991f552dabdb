using System.Text;

namespace Syndication.Benchmarks.Corpus;

/// <summary>What was written for one article: where, when it was published, whether it is a draft.</summary>
internal sealed record WrittenArticle(string Path, DateTimeOffset Published, bool Draft);

internal sealed record WrittenFeed(string Name, string Folder, IReadOnlyList<WrittenArticle> Articles);

/// <summary>Writes a feeds folder: <c>feeds</c> folders of <c>articles</c> articles each, the same bytes for the same seed.</summary>
internal static class CorpusWriter
{
    public const int DefaultSeed = 8;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static IReadOnlyList<WrittenFeed> Write(string root, int feeds, int articles, int seed = DefaultSeed)
    {
        Directory.CreateDirectory(root);
        var written = new WrittenFeed[feeds];
        // Each article has its own generator, so the first 1,000 articles of a 10,000-article corpus are the 1,000-article corpus.
        Parallel.For(0, feeds, f => written[f] = WriteFeed(root, f, articles, seed));
        return written;
    }

    private static WrittenFeed WriteFeed(string root, int feed, int articles, int seed)
    {
        var random = new Random(unchecked((seed * 1_000_003) + feed));
        var topics = Vocabulary.Topics;
        var (topic, title, about) = topics[feed % topics.Length];
        var name = feed < topics.Length ? topic : $"{topic}-{(feed / topics.Length) + 1}";
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "feed.yaml"), FeedYaml(random, feed < topics.Length ? title : $"{title} {(feed / topics.Length) + 1}", about), Utf8);

        var list = new WrittenArticle[articles];
        for (var i = 0; i < articles; i++)
        {
            var article = Article(seed, feed, i);
            var path = Path.Combine(folder, article.FileName);
            File.WriteAllText(path, article.Text, Utf8);
            list[i] = new WrittenArticle(path, article.Published, article.Draft);
        }

        return new WrittenFeed(name, folder, list);
    }

    /// <summary>Article <paramref name="index"/> of feed <paramref name="feed"/>, as the corpus of that seed has it.</summary>
    public static GeneratedArticle Article(int seed, int feed, int index) =>
        GeneratedArticle.Create(new Random(unchecked((seed * 1_000_003) + (feed * 100_003) + (index * 7) + 1)), index);

    private static string FeedYaml(Random random, string title, string about)
    {
        var yaml = new StringBuilder();
        yaml.Append("title: ").Append(GeneratedArticle.Quoted(title)).Append('\n');
        yaml.Append("description: ").Append(GeneratedArticle.Quoted(about + ".")).Append('\n');
        yaml.Append("language: ").Append(random.Pick(Vocabulary.Languages)).Append('\n');
        yaml.Append("authors:\n");
        foreach (var person in Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Pick(Vocabulary.People)).Distinct(StringComparer.Ordinal))
        {
            yaml.Append("  - name: ").Append(GeneratedArticle.Quoted(person)).Append('\n');
        }

        return yaml.ToString();
    }
}
