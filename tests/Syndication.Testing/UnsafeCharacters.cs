namespace Syndication.Testing;

/// <summary>What must never reach a log or a terminal raw: every C0 and C1 control, DEL, U+2028/2029 and the bidi overrides U+202E and U+2066.</summary>
public static class UnsafeCharacters
{
    public static readonly char[] All =
        [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Concat([0x2028, 0x2029, 0x202E, 0x2066]).Select(i => (char)i)];

    /// <summary>Fails with the characters found raw in <paramref name="text"/>; line feeds between lines are allowed.</summary>
    public static void AssertNoneIn(string text)
    {
        var found = All.Where(c => c != '\n' && text.Contains(c, StringComparison.Ordinal)).Select(c => $"U+{(int)c:X4}").ToList();
        Assert.True(found.Count == 0, $"raw {string.Join(", ", found)} in:\n{text}");
    }
}
