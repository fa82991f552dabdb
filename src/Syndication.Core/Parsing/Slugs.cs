using System.Text.RegularExpressions;

namespace Syndication.Core.Parsing;

/// <summary>Slugs name feeds and articles in URLs and ids: lower-case letters, digits and single inner hyphens or underscores.</summary>
public static partial class Slugs
{
    public const string Hint = "Use lower-case letters, digits and hyphens only, like 'my-first-post'";

    public static bool IsValid(string? value) => value is not null && value.Length <= 200 && Pattern().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]+(?:[-_][a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
