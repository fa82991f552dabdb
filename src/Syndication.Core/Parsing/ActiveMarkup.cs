using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Syndication.Core.Parsing;

/// <summary>
/// Finds and removes, in parsed HTML, what runs code, loads active content, collects input or restyles the page:
/// such elements with their content, event handler and style attributes, and attributes holding script URLs.
/// </summary>
internal static partial class ActiveMarkup
{
    private static readonly HashSet<string> Elements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "link", "meta", "noscript",
        "form", "input", "button", "select", "textarea", "portal", "fencedframe",
    };

    // Attributes a browser follows or loads as a URL: only web and mail addresses (or relative ones) may stay there.
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "xlink:href", "src", "action", "formaction", "data", "background", "poster", "cite", "longdesc", "lowsrc",
        "dynsrc", "codebase", "ping", "usemap", "manifest", "to", "from", "values", "by",
    };

    private static readonly HashSet<string> SafeSchemes = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" };

    private static readonly HashSet<string> ScriptSchemes = new(StringComparer.OrdinalIgnoreCase) { "javascript", "vbscript", "livescript", "data" };

    public static bool IsActiveElement(string name) => Elements.Contains(name);

    /// <summary>Removes every active part below <paramref name="nodes"/>, naming each kind in <paramref name="removed"/>; true when anything was removed.</summary>
    public static bool Strip(IEnumerable<INode> nodes, ICollection<string> removed)
    {
        var found = false;
        foreach (var node in nodes.ToList())
        {
            found |= Strip(node, removed);
        }

        return found;
    }

    private static bool Strip(INode node, ICollection<string> removed)
    {
        if (node is not IElement element)
        {
            return false;
        }

        var name = element.LocalName.ToLowerInvariant();
        if (Elements.Contains(name))
        {
            removed.Add($"<{name}> element");
            element.Parent?.RemoveChild(element);
            return true;
        }

        var found = false;
        foreach (var attribute in element.Attributes.ToList().Where(IsActive))
        {
            removed.Add($"'{Shown.Value(attribute.Name)}' attribute on <{Shown.Value(name)}>");
            element.RemoveAttribute(attribute.NamespaceUri, attribute.LocalName);
            found = true;
        }

        return Strip(Children(element), removed) | found;
    }

    /// <summary>An element's children, a template's inert content included: a reader may clone it into the page.</summary>
    public static INodeList Children(IElement element) => element is IHtmlTemplateElement template ? template.Content.ChildNodes : element.ChildNodes;

    private static bool IsActive(IAttr attribute)
    {
        var name = attribute.Name;
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
            || name.Equals("srcdoc", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Browsers ignore spaces and control characters in a scheme ("java\tscript:"), so they are ignored here too.
        var scheme = Scheme().Match(Invisible().Replace(attribute.Value, ""));
        if (!scheme.Success)
        {
            return false;
        }

        var value = scheme.Groups[1].Value;
        return UrlAttributes.Contains(name) || UrlAttributes.Contains(attribute.LocalName) ? !SafeSchemes.Contains(value) : ScriptSchemes.Contains(value);
    }

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"[\s\p{Cc}\p{Cf}]")]
    private static partial Regex Invisible();
}
