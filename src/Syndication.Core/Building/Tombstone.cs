namespace Syndication.Core.Building;

/// <summary>
/// An entry a channel carried and no longer does (RFC 6721 at:deleted-entry): its id, when the run that found it gone
/// ran (whole seconds, as written), the link it had (null when the state that carried it did not record one) and the
/// archive page it was on (null when it was only in the subscription document).
/// </summary>
public sealed record Tombstone(string Id, DateTimeOffset When, string? Link, int? Page);
