namespace Syndication.Core.Parsing;

/// <summary>Warns about keys nobody reads, suggesting the known key a typo most likely meant.</summary>
internal static class KnownKeys
{
    private const int TypoDistance = 2;

    public static void ReportUnknown(YamlFields fields, IReadOnlyCollection<string> known)
    {
        var list = $"Known keys: {string.Join(", ", known)}";
        foreach (var key in fields.Keys.Where(k => !known.Contains(k)))
        {
            var node = fields.Node(key)!;
            fields.Spend(node);
            var guess = known.Where(k => Math.Abs(k.Length - key.Length) <= TypoDistance).MinBy(k => Distance(k, key));
            var hint = guess is not null && Distance(guess, key) <= TypoDistance ? $"Did you mean '{guess}'?" : list;
            fields.Warning(node, $"unknown key '{key}' is ignored", hint);
        }
    }

    /// <summary>Levenshtein distance, one row at a time; keys are short, so the quadratic work is small.</summary>
    private static int Distance(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            row[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(above + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
