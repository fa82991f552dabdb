using Syndication.Core.Model;

namespace Syndication.Core.Parsing;

/// <summary>What reading a feed.yaml gave: the definition (null when an error keeps the feed from publishing) and every problem found.</summary>
public sealed record FeedParseResult(FeedDefinition? Feed, IReadOnlyList<Problem> Problems);

/// <summary>Reads <c>feeds/&lt;name&gt;/feed.yaml</c>.</summary>
public static class FeedDefinitionParser
{
    public static readonly IReadOnlyCollection<string> Keys =
    [
        "title", "description", "id", "language", "author", "authors", "link", "rights", "icon", "logo", "categories",
        "limit", "timezone", "schedule",
    ];

    /// <param name="name">The feed folder's name.</param>
    /// <param name="text">The whole feed.yaml.</param>
    /// <param name="file">The file's path for reports.</param>
    /// <param name="scheduleError">Checks a cron expression, returning why it is invalid or null; the scheduler's own parser lives outside Core.</param>
    /// <param name="fileTime">When feed.yaml last changed.</param>
    public static FeedParseResult Parse(string name, string text, string file, Func<string, string?> scheduleError, DateTimeOffset fileTime)
    {
        var problems = new List<Problem>();
        var feed = Refusals.Catch(() => Read(name, text, file, scheduleError, problems), file, "the feed definition", problems) is { } read ? read with { DefinedAt = fileTime } : null;
        return new FeedParseResult(problems.Any(p => p.IsError) ? null : feed, ProblemLimits.Cap(problems));
    }

    private static FeedDefinition? Read(string name, string text, string file, Func<string, string?> scheduleError, List<Problem> problems)
    {
        if (!Slugs.IsValid(name))
        {
            problems.Add(Problem.Error(file, 0, $"the feed folder name '{name}' is not a slug", Slugs.Hint + " (rename the folder)"));
        }

        text = SourceText.Normalize(text, file, problems);
        if (YamlFields.Load(text, 1, file, problems, new WorkBudget(WorkBudget.Default)) is not { } fields)
        {
            return null;
        }

        KnownKeys.ReportUnknown(fields, Keys);
        var title = Required(fields, "title", problems);
        var description = Required(fields, "description", problems);
        var zone = ReadZone(fields);
        var limit = ReadLimit(fields);
        var schedule = fields.Text("schedule");
        if (schedule is not null && scheduleError(schedule) is { } why)
        {
            fields.Error(fields.Node("schedule")!, $"'schedule' is not a Quartz cron expression: {why}", "Write six or seven fields, like '0 0/15 * * * ?' for every 15 minutes");
        }

        var id = fields.Node("id") is { } idNode ? fields.Scalar(idNode, "id") : null;
        if (id is not null && Identifiers.Refusal(id) is { } wrongId)
        {
            fields.Error(fields.Node("id")!, wrongId, Identifiers.Hint);
        }

        var authorsKey = fields.Has("authors") ? "authors" : "author";
        return title is null || description is null ? null : new FeedDefinition
        {
            Name = name,
            Title = title,
            Description = description,
            Id = id,
            Language = fields.Text("language"),
            Authors = ListLimits.Cap(People.Read(fields, authorsKey), p => p.Name, authorsKey, fields, problems),
            Link = fields.Url("link"),
            Rights = fields.Text("rights"),
            Icon = fields.Url("icon"),
            Logo = fields.Url("logo"),
            Categories = ListLimits.Cap(fields.List("categories"), c => c, "categories", fields, problems),
            Limit = limit,
            TimeZone = zone,
            Schedule = schedule,
        };
    }

    private static string? Required(YamlFields fields, string key, List<Problem> problems)
    {
        var value = fields.Text(key);
        if (value is null)
        {
            problems.Add(Problem.Error(fields.File, 1, $"the feed has no {key}", $"Add a line '{key}: ...' to feed.yaml"));
        }

        return value;
    }

    private static TimeZoneInfo ReadZone(YamlFields fields)
    {
        if (fields.Text("timezone") is not { } zoneId)
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            fields.Error(fields.Node("timezone")!, $"'timezone' names no known time zone: '{zoneId}'", "Use an IANA name such as Europe/Berlin or Asia/Kolkata");
            return TimeZoneInfo.Utc;
        }
    }

    private static int ReadLimit(YamlFields fields)
    {
        if (fields.Text("limit") is not { } text)
        {
            return FeedDefinition.DefaultLimit;
        }

        if (int.TryParse(text, out var limit) && limit > 0)
        {
            return limit;
        }

        fields.Error(fields.Node("limit")!, $"'limit' must be a whole number above 0, not '{text}'", "Write for example 'limit: 50'");
        return FeedDefinition.DefaultLimit;
    }
}
