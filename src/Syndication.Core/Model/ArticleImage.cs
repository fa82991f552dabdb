namespace Syndication.Core.Model;

/// <summary>The article's lead picture; an absolute http(s) URL.</summary>
public sealed record ArticleImage(WebUrl Url, string? Alt, string? Caption);
