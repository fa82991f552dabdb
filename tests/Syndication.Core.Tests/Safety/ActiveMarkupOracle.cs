using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Syndication.Core.Tests.Safety;

/// <summary>
/// What a reader that renders feed strings as HTML would run: every string of a published document (XML text and
/// attributes, JSON strings, the page body) is parsed as HTML and searched for elements, attributes and URLs that act.
/// </summary>
internal static partial class ActiveMarkupOracle
{
    private static readonly string[] ActiveElements =
        ["script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "link", "meta", "form", "input", "button", "select", "textarea", "noscript"];

    /// <summary>Each active thing found, described; empty when the document is safe to render.</summary>
    public static IEnumerable<string> Find(string format, string document)
    {
        var strings = format switch
        {
            "json" => Strings(JsonDocument.Parse(document).RootElement),
            "page" or "listing" or "index" => [document],
            _ => XDocument.Parse(document).Descendants().SelectMany(e => e.Nodes().OfType<XText>().Select(t => t.Value).Concat(e.Attributes().Select(a => a.Value))),
        };
        return strings.SelectMany(s => InHtml(format is "page" or "listing" or "index" ? new HtmlParser().ParseDocument(s).Body! : Parse(s)).Select(what => $"{what} in {s}"));
    }

    /// <summary>Each active thing in one string read as HTML inside a page.</summary>
    public static IEnumerable<string> InFragment(string html) => InHtml(Parse(html));

    private static IElement Parse(string html)
    {
        var container = new HtmlParser().ParseDocument("").CreateElement("div");
        container.InnerHtml = html;
        return container;
    }

    private static IEnumerable<string> InHtml(IElement root)
    {
        foreach (var element in root.Descendants<IElement>().Concat(root.Descendants<AngleSharp.Html.Dom.IHtmlTemplateElement>().SelectMany(t => t.Content.Descendants<IElement>())))
        {
            if (ActiveElements.Contains(element.LocalName, StringComparer.OrdinalIgnoreCase))
            {
                yield return $"<{element.LocalName}>";
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Name is "style" or "srcdoc"
                    || ScriptUrl().IsMatch(Regex.Replace(attribute.Value, @"[\s\p{Cc}\p{Cf}]", "")))
                {
                    yield return $"{attribute.Name}=\"{attribute.Value}\" on <{element.LocalName}>";
                }
            }
        }
    }

    private static IEnumerable<string> Strings(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => [json.GetString()!],
        JsonValueKind.Object => json.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => json.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    [GeneratedRegex("^(javascript|vbscript|livescript|data):", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptUrl();
}
