using System.Text;

namespace Syndication.Core.Parsing;

/// <summary>A value as a report quotes it: at most 80 characters, with line breaks, controls and invisible characters as U+XXXX so a report stays one readable line.</summary>
internal static class Shown
{
    private const int MaxLength = 80;

    public static string Value(string value)
    {
        var shown = new StringBuilder();
        foreach (var c in value.Length <= MaxLength ? value : value[..(char.IsHighSurrogate(value[MaxLength - 1]) ? MaxLength - 1 : MaxLength)])
        {
            shown.Append(Invisible.Is(c) ? $"U+{(int)c:X4}" : c);
        }

        return value.Length <= MaxLength ? shown.ToString() : shown.Append('…').ToString();
    }
}
