namespace Syndication.Core.Model;

/// <summary>The article's lead picture; the URL may be relative to the article page.</summary>
public sealed record ArticleImage(string Url, string? Alt, string? Caption);
