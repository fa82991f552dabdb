using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Syndication.Core.Tests.Rendering;

/// <summary>
/// Compares feed documents as XML, not as strings: attribute order, indentation and the order of sibling metadata
/// do not matter; the order of entries does (newest first), and so does every value. HTML content is compared
/// with the whitespace between tags removed, as a browser would render it.
/// </summary>
internal static partial class XmlCanonical
{
    private static readonly HashSet<string> OrderedElements = ["entry", "item"];

    public static string Of(XElement element)
    {
        var attributes = element.Attributes().Where(a => !a.IsNamespaceDeclaration).OrderBy(a => a.Name.ToString(), StringComparer.Ordinal)
            .Select(a => $" {a.Name}=\"{a.Value}\"");
        var children = element.Elements()
            .Select((child, index) => (Key: OrderedElements.Contains(child.Name.LocalName) ? index : -1, Text: Of(child)))
            .OrderBy(c => c.Key)
            .ThenBy(c => c.Key < 0 ? c.Text : "", StringComparer.Ordinal)
            .Select(c => c.Text);
        var text = element.HasElements ? string.Concat(children) : BetweenTags().Replace(element.Value.Trim(), "><");
        return $"<{element.Name}{string.Concat(attributes)}>{text}</{element.Name}>\n";
    }

    [GeneratedRegex(@">\s+<")]
    private static partial Regex BetweenTags();
}
