namespace Syndication.Core.Tests.Safety;

/// <summary>Every plain-text field of feed.yaml and front matter, each a way to put a YAML value there, with the key and line a report names.</summary>
internal sealed record TextPlace(string Key, string File, int Line, Func<string, (string Feed, string Article)> Put)
{
    private static (string, string) InFeed(string yaml) => ($"{yaml}{(yaml.StartsWith("title:", StringComparison.Ordinal) ? "" : "title: News\n")}"
        + (yaml.StartsWith("description:", StringComparison.Ordinal) ? "" : "description: The news\n"), Published.ArticleText);

    private static (string, string) InArticle(string yaml) => (Published.FeedYaml, $"---\n{yaml}{(yaml.StartsWith("title:", StringComparison.Ordinal) ? "" : "title: Post\n")}---\nBody");

    public static readonly IReadOnlyList<TextPlace> All =
    [
        new("title", "news/post.md", 2, v => InArticle($"title: {v}\n")),
        new("summary", "news/post.md", 2, v => InArticle($"summary: {v}\n")),
        new("tags", "news/post.md", 2, v => InArticle($"tags: [{v}]\n")),
        new("categories", "news/post.md", 3, v => InArticle($"categories:\n  - {v}\n")),
        new("author.name", "news/post.md", 3, v => InArticle($"author:\n  name: {v}\n")),
        new("author.affiliation", "news/post.md", 4, v => InArticle($"author:\n  name: Ann\n  affiliation: {v}\n")),
        new("rights", "news/post.md", 2, v => InArticle($"rights: {v}\n")),
        new("source.name", "news/post.md", 3, v => InArticle($"source:\n  name: {v}\n")),
        new("image.alt", "news/post.md", 4, v => InArticle($"image:\n  url: https://example.org/p.png\n  alt: {v}\n")),
        new("image.caption", "news/post.md", 4, v => InArticle($"image:\n  url: https://example.org/p.png\n  caption: {v}\n")),
        new("title", "news/feed.yaml", 1, v => InFeed($"title: {v}\n")),
        new("description", "news/feed.yaml", 1, v => InFeed($"description: {v}\n")),
        new("rights", "news/feed.yaml", 1, v => InFeed($"rights: {v}\n")),
        new("categories", "news/feed.yaml", 1, v => InFeed($"categories: [{v}]\n")),
        new("author", "news/feed.yaml", 1, v => InFeed($"author: {v}\n")),
    ];

    public string Name => $"{File}:{Key}";
}
