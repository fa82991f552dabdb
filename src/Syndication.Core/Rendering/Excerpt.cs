using System.Net;
using System.Runtime.CompilerServices;
using System.Text;

namespace Syndication.Core.Rendering;

/// <summary>A short plain-text preview of article HTML, for RSS readers that show the description before the content.</summary>
internal static class Excerpt
{
    public const int MaxLength = 280;

    // An entry is written in several documents (its feed, archives, tag feeds): its excerpt is worked out once.
    private static readonly ConditionalWeakTable<string, string> Known = new();

    public static string Of(string html) => Known.GetValue(html, Compute);

    private static string Compute(string html) => Shorten(TextOf(html), MaxLength);

    /// <summary>The text, or as many of its first words as fit in <paramref name="length"/> characters with an ellipsis.</summary>
    public static string Shorten(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length - 1);
        return text[..(cut > length / 2 ? cut : length - 1)].TrimEnd() + "…";
    }

    /// <summary>
    /// The text of sanitised HTML with runs of whitespace made one space. Only the first few hundred characters are
    /// needed, so the HTML is scanned (tags skipped, quoted attribute values included, references decoded), not parsed
    /// into a document: parsing every entry's whole content was most of the cost of writing RSS.
    /// </summary>
    internal static string TextOf(string html)
    {
        var text = new StringBuilder();
        var (inTag, quote, space) = (false, '\0', true);
        for (var i = 0; i < html.Length && text.Length <= MaxLength * 2; i++)
        {
            var c = html[i];
            if (inTag)
            {
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == '>')
                {
                    inTag = false;
                }
            }
            else if (c == '<')
            {
                inTag = true;
            }
            else if (c == '&' && html.IndexOf(';', i) is var end and > 0 && end - i <= 32)
            {
                Append(WebUtility.HtmlDecode(html[i..(end + 1)]));
                i = end;
            }
            else
            {
                Append(c.ToString());
            }
        }

        return text.ToString().Trim();

        void Append(string decoded)
        {
            foreach (var d in decoded)
            {
                if (char.IsWhiteSpace(d))
                {
                    if (!space)
                    {
                        text.Append(' ');
                    }

                    space = true;
                }
                else
                {
                    text.Append(d);
                    space = false;
                }
            }
        }
    }
}
