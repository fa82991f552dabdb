using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Syndication.Core.Parsing;

/// <summary>Reads front matter dates: YYYY-MM-DD or RFC 3339; a date without an offset takes the feed's time zone.</summary>
internal static class Dates
{
    private const string Hint = "Write a date as YYYY-MM-DD or as RFC 3339 with an offset, like 2017-03-22T10:57:00+05:30";

    private static readonly string[] WithOffset =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd HH:mm:ss'Z'",
    ];

    private static readonly string[] WithoutOffset =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
    ];

    public static DateTimeOffset? Read(YamlFields fields, string key, TimeZoneInfo zone)
    {
        if (fields.Node(key) is not { } node || fields.Text(node, key) is not { } text)
        {
            return null;
        }

        var value = Parse(text, zone);
        if (value is null)
        {
            fields.Error(node, $"'{key}' is not a date I can read: '{text}'", Hint);
        }

        return value;
    }

    public static DateTimeOffset? Parse(string text, TimeZoneInfo zone)
    {
        // Lower-case 't' and 'z' are allowed by RFC 3339.
        var normalized = text.Length > 10 ? text[..10] + text[10..].ToUpperInvariant() : text;
        if (DateTimeOffset.TryParseExact(normalized, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            return exact;
        }

        if (DateTime.TryParseExact(normalized, WithoutOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, zone.GetUtcOffset(local));
        }

        return null;
    }

    /// <summary>The node of the first key present, for error lines.</summary>
    public static YamlNode? FirstNode(YamlFields fields, params string[] keys) =>
        keys.Select(fields.Node).FirstOrDefault(n => n is not null);
}
