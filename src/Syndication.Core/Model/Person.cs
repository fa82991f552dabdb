namespace Syndication.Core.Model;

/// <summary>An author or contributor, as front matter or feed.yaml names them.</summary>
public sealed record Person(string Name, string? Email = null, WebUrl? Uri = null, string? Affiliation = null);
