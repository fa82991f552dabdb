using System.Text.Json.Serialization;

namespace Syndication.Core.Model;

/// <summary>One article as read from its source file; <see cref="BodyHtml"/> is already rendered from Markdown or plain text.</summary>
public sealed record Article
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string BodyHtml { get; init; }
    public string? Id { get; init; }
    public string? Summary { get; init; }
    public required DateTimeOffset Published { get; init; }
    public required DateTimeOffset Updated { get; init; }
    public IReadOnlyList<Person> Authors { get; init; } = [];

    /// <summary>Front matter <c>tags</c>: each one a tag channel of the feed.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Front matter <c>categories</c>: each one a category channel of the feed.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Tags, then categories, each once: what every format shows as the entry's categories.</summary>
    [JsonIgnore] // derived from the two lists above; stored state keeps those
    public IReadOnlyList<string> Terms =>
        Tags.Count == 0 ? Categories : Categories.Count == 0 ? Tags : [.. Tags.Union(Categories, StringComparer.Ordinal)];

    public bool Draft { get; init; }
    public string? Rights { get; init; }
    public ArticleSource? Source { get; init; }
    public ArticleImage? Image { get; init; }

    /// <summary>The source file, relative to the feeds folder, for reports.</summary>
    public string File { get; init; } = "";
}
