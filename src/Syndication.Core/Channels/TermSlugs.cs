using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Syndication.Core.Parsing;

namespace Syndication.Core.Channels;

/// <summary>
/// Turns a tag or category name into the path segment of its channel: lower-case letters (of any script, with their
/// combining marks) and digits, every run of anything else one hyphen, none at either end; NFC, so one name written two
/// ways gives one slug. A name with no letter or digit (an emoji, "C++" gives "c") becomes a short hash of itself, and a
/// slug over <see cref="MaxBytes"/> bytes of UTF-8 is cut and gets a hash of the whole, so "{slug}.atom" is a valid file name.
/// </summary>
public static class TermSlugs
{
    /// <summary>The longest slug in UTF-8 bytes: far below the 255 bytes most file systems allow a name.</summary>
    public const int MaxBytes = 100;

    private const int HashChars = 8;

    public static string Of(string term)
    {
        if (AsciiSlug(term) is { } ascii)
        {
            return ascii;
        }

        var text = Nfc(term);
        var slug = new StringBuilder(text.Length);
        var separated = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetterOrDigit(rune) && !IsMark(rune))
            {
                separated = true;
                continue;
            }

            if (separated && slug.Length > 0)
            {
                slug.Append('-');
            }

            separated = false;
            slug.Append(Rune.ToLowerInvariant(rune).ToString());
        }

        var full = Nfc(slug.ToString());
        if (full.Length == 0)
        {
            return Hash(text.ToLowerInvariant());
        }

        if (Encoding.UTF8.GetByteCount(full) <= MaxBytes)
        {
            return full;
        }

        // A letter can carry so many marks that not even one whole character fits: then the hash alone.
        var cut = Cut(full, MaxBytes - HashChars - 1).TrimEnd('-');
        return cut.Length == 0 ? Hash(full) : cut + "-" + Hash(full);
    }

    /// <summary>True for what <see cref="Of"/> can produce: a route value is a slug when it is its own slug.</summary>
    public static bool IsValid(string? value) => !string.IsNullOrEmpty(value) && Encoding.UTF8.GetByteCount(value) <= MaxBytes && Of(value) == value;

    /// <summary>
    /// The common case, the same result without normalising or enumerating runes: printable ASCII (already NFC, no marks)
    /// giving a slug that needs neither a hash nor a cut; null for anything else.
    /// </summary>
    private static string? AsciiSlug(string term)
    {
        var slug = new StringBuilder(term.Length);
        var separated = false;
        foreach (var c in term)
        {
            if (c is < ' ' or > '~')
            {
                return null;
            }

            if (!char.IsAsciiLetterOrDigit(c))
            {
                separated = true;
                continue;
            }

            if (separated && slug.Length > 0)
            {
                slug.Append('-');
            }

            separated = false;
            slug.Append(char.ToLowerInvariant(c));
        }

        return slug.Length is > 0 and <= MaxBytes ? slug.ToString() : null;
    }

    private static bool IsMark(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>NFC, after what normalisation refuses (lone surrogates, U+FFFE) and what no format carries became spaces.</summary>
    private static string Nfc(string text)
    {
        var valid = string.Concat(text.EnumerateRunes().Select(r => XmlChars.IsAllowed(r.Value) ? r.ToString() : " "));
        return valid.IsNormalized(NormalizationForm.FormC) ? valid : valid.Normalize(NormalizationForm.FormC);
    }

    /// <summary>The longest prefix of whole text elements (a letter with its marks, a surrogate pair) within <paramref name="bytes"/> bytes of UTF-8.</summary>
    private static string Cut(string text, int bytes)
    {
        var length = 0;
        var used = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            used += Encoding.UTF8.GetByteCount(element);
            if (used > bytes)
            {
                break;
            }

            length += element.Length;
        }

        return text[..length];
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..HashChars];
}
