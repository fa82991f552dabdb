namespace Syndication.Core.Model;

/// <summary>A feed's metadata from <c>feeds/&lt;name&gt;/feed.yaml</c>.</summary>
public sealed record FeedDefinition
{
    public const int DefaultLimit = 50;

    /// <summary>The folder name, a slug; it appears in every URL and entry id of the feed. A tag, category or site channel's definition carries the channel's name instead.</summary>
    public required string Name { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public string? Id { get; init; }
    public string? Language { get; init; }
    public IReadOnlyList<Person> Authors { get; init; } = [];
    public WebUrl? Link { get; init; }
    public string? Rights { get; init; }
    public WebUrl? Icon { get; init; }
    public WebUrl? Logo { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public int Limit { get; init; } = DefaultLimit;
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>When feed.yaml last changed: the feed's update time while it has no entries, so that time is plausible and still deterministic.</summary>
    public DateTimeOffset DefinedAt { get; init; } = DateTimeOffset.UnixEpoch;

    /// <summary>A Quartz cron expression that overrides the service's schedule for this feed.</summary>
    public string? Schedule { get; init; }
}
