using System.Globalization;

namespace Syndication.Core.Parsing;

/// <summary>The one definition of a character a reader cannot see: controls, whitespace other than the space, format characters (zero-width, bidi), line and paragraph separators.</summary>
internal static class Invisible
{
    public static bool Is(char c) =>
        char.IsControl(c) || (char.IsWhiteSpace(c) && c != ' ')
        || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
