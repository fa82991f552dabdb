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
    public IReadOnlyList<string> Categories { get; init; } = [];
    public bool Draft { get; init; }
    public string? Rights { get; init; }
    public ArticleSource? Source { get; init; }
    public ArticleImage? Image { get; init; }

    /// <summary>The source file, relative to the feeds folder, for reports.</summary>
    public string File { get; init; } = "";
}
