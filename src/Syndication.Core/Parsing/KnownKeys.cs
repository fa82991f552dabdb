namespace Syndication.Core.Parsing;

/// <summary>Warns about keys nobody reads, suggesting the known key a typo most likely meant.</summary>
internal static class KnownKeys
{
    public static void ReportUnknown(YamlFields fields, IReadOnlyCollection<string> known)
    {
        foreach (var key in fields.Keys.Where(k => !known.Contains(k)))
        {
            var guess = known.MinBy(k => Distance(k, key));
            var hint = guess is not null && Distance(guess, key) <= 2
                ? $"Did you mean '{guess}'?"
                : $"Known keys: {string.Join(", ", known)}";
            fields.Warning(fields.Node(key)!, $"unknown key '{key}' is ignored", hint);
        }
    }

    /// <summary>Levenshtein distance; keys are short, so the quadratic table is fine.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            }
        }

        return d[a.Length, b.Length];
    }
}
