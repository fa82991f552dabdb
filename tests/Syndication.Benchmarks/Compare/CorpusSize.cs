using System.Globalization;

namespace Syndication.Benchmarks.Compare;

/// <summary>A corpus to compare on: <c>1000</c> is one feed of 1,000 articles, <c>100x1000</c> a hundred such feeds.</summary>
internal sealed record CorpusSize(int Feeds, int Articles)
{
    public int Total => Feeds * Articles;

    public string Label => Feeds == 1 ? Articles.ToString("N0", CultureInfo.InvariantCulture) : $"{Feeds}x{Articles.ToString("N0", CultureInfo.InvariantCulture)}";

    public static IReadOnlyList<CorpusSize> ParseList(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse).ToList();

    public static CorpusSize Parse(string text)
    {
        var parts = text.Split('x');
        var numbers = parts.Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 0).ToArray();
        return numbers switch
        {
            [var articles] when articles > 0 => new CorpusSize(1, articles),
            [var feeds, var articles] when feeds > 0 && articles > 0 => new CorpusSize(feeds, articles),
            _ => throw new ArgumentException($"'{text}' is not a size: write N articles (1000) or F feeds of N (100x1000)"),
        };
    }
}
