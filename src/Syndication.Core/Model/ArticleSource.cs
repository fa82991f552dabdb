namespace Syndication.Core.Model;

/// <summary>The publication an article first appeared in.</summary>
public sealed record ArticleSource(string Name, WebUrl? Url);
