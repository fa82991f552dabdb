namespace Syndication.Core.Tests.Safety;

/// <summary>Every URL field of feed.yaml and front matter, each a way to put a value there, with the key and file line a report must name.</summary>
internal sealed record UrlPlace(string Key, string File, int Line, Func<string, (string Feed, string Article)> Put)
{
    private static (string, string) InFeed(string yaml) => (Published.FeedYaml + yaml, Published.ArticleText);

    private static (string, string) InArticle(string yaml) => (Published.FeedYaml, $"---\ntitle: Post\n{yaml}---\nBody");

    public static readonly IReadOnlyList<UrlPlace> All =
    [
        new("link", "news/feed.yaml", 3, v => InFeed($"link: {v}\n")),
        new("icon", "news/feed.yaml", 3, v => InFeed($"icon: {v}\n")),
        new("logo", "news/feed.yaml", 3, v => InFeed($"logo: {v}\n")),
        new("author.uri", "news/feed.yaml", 5, v => InFeed($"author:\n  name: Ann\n  uri: {v}\n")),
        new("image", "news/post.md", 3, v => InArticle($"image: {v}\n")),
        new("image.url", "news/post.md", 4, v => InArticle($"image:\n  url: {v}\n  alt: A picture\n")),
        new("source.url", "news/post.md", 5, v => InArticle($"source:\n  name: The Paper\n  url: {v}\n")),
        new("authors.url", "news/post.md", 5, v => InArticle($"authors:\n  - name: Bo\n    url: {v}\n")),
    ];

    public override string ToString() => Key;
}
