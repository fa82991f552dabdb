using System.Buffers;
using System.Text;

namespace Syndication.Core.Tests;

/// <summary>The test's own statement of what no document may carry: what XML forbids, and the controls and noncharacters it discourages.</summary>
internal static class RefusedCharacters
{
    public static bool IsRefused(int point) =>
        point is (< 0x20 and not ('\t' or '\n' or '\r')) or (>= 0x7F and <= 0x9F) or (>= 0xD800 and <= 0xDFFF) or (>= 0xFDD0 and <= 0xFDEF)
        || (point & 0xFFFE) == 0xFFFE;

    /// <summary>Every refused code point in the text, an unpaired surrogate as itself.</summary>
    public static IEnumerable<int> In(string text)
    {
        var found = new List<int>();
        for (var i = 0; i < text.Length;)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used);
            var point = status == OperationStatus.Done ? rune.Value : text[i];
            if (status != OperationStatus.Done || IsRefused(point))
            {
                found.Add(point);
            }

            i += Math.Max(1, used);
        }

        return found;
    }
}
