using Syndication.Core.Model;

namespace Syndication.Core.Parsing;

/// <summary>
/// Caps the front-matter lists every format repeats for each entry (tags, categories, authors), so one article cannot
/// multiply itself: a 100,000-entry tag list made 5 MB per format. What is dropped is named in a warning.
/// </summary>
internal static class ListLimits
{
    public const int MaxItems = 100;
    public const int MaxLength = 200;
    private const int NamesShown = 5;

    /// <summary>The items, without those over <see cref="MaxLength"/> characters and past the first <see cref="MaxItems"/>.</summary>
    public static List<T> Cap<T>(IReadOnlyList<T> items, Func<T, string> name, string key, int line, string file, List<Problem> problems)
    {
        var tooLong = items.Where(i => name(i).Length > MaxLength).ToList();
        var kept = items.Where(i => name(i).Length <= MaxLength).ToList();
        if (tooLong.Count > 0)
        {
            problems.Add(Problem.Warning(file, line, $"'{key}': dropped {tooLong.Count:N0} longer than {MaxLength} characters: {Names(tooLong, name)}",
                $"Keep each entry of '{key}' under {MaxLength} characters"));
        }

        if (kept.Count > MaxItems)
        {
            problems.Add(Problem.Warning(file, line, $"'{key}': kept the first {MaxItems} of {kept.Count:N0} entries and dropped {Names(kept[MaxItems..], name)}",
                $"Give an article at most {MaxItems} entries in '{key}'"));
            kept = kept[..MaxItems];
        }

        return kept;
    }

    /// <summary>As above, for the list under <paramref name="key"/>, reported on that key's line.</summary>
    public static List<T> Cap<T>(IReadOnlyList<T> items, Func<T, string> name, string key, YamlFields fields, List<Problem> problems) =>
        Cap(items, name, key, fields.Has(key) ? fields.LineOf(key) : 0, fields.File, problems);

    private static string Names<T>(List<T> items, Func<T, string> name)
    {
        var shown = string.Join(", ", items.Take(NamesShown).Select(i => $"'{Shorten(name(i))}'"));
        return items.Count > NamesShown ? $"{shown} and {items.Count - NamesShown:N0} more" : shown;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
