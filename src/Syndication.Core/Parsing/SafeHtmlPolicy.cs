using AngleSharp;
using AngleSharp.Css;
using AngleSharp.Css.Parser;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Syndication.Core.Parsing;

/// <summary>
/// What article HTML may contain, shared by parsing and building: HtmlSanitizer's defaults without anything that
/// collects input (forms and their controls, editable content) and with CSS limited to typography, colour, spacing,
/// borders and size, so nothing can position, layer, transform, animate or load content over the reader's page.
/// </summary>
internal static class SafeHtmlPolicy
{
    /// <summary>Removed from HtmlSanitizer's default tags: a published page must never collect input.</summary>
    public static readonly IReadOnlySet<string> FormTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "form", "input", "button", "select", "option", "optgroup", "textarea", "datalist", "keygen", "output",
        "fieldset", "legend", "label", "menuitem",
    };

    /// <summary>Removed from the default attributes: form behaviour, editable content and keyboard or focus hijacking.</summary>
    public static readonly IReadOnlySet<string> FormAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "action", "formaction", "method", "enctype", "accept", "accept-charset", "novalidate", "autocomplete", "autosave",
        "checked", "selected", "disabled", "readonly", "required", "multiple", "maxlength", "step", "pattern",
        "placeholder", "list", "wrap", "challenge", "keytype", "prompt", "form", "for", "label", "contenteditable",
        "draggable", "dropzone", "accesskey", "tabindex",
    };

    /// <summary>CSS that changes how text and boxes look, never where they sit: no position, inset, z-index, transform, animation, url().</summary>
    public static readonly IReadOnlySet<string> CssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "color", "background-color",
        "font", "font-family", "font-size", "font-style", "font-variant", "font-weight", "line-height", "letter-spacing",
        "word-spacing", "text-align", "text-decoration", "text-decoration-color", "text-decoration-line",
        "text-decoration-style", "text-transform", "text-indent", "text-overflow", "vertical-align", "white-space",
        "word-break", "overflow-wrap", "word-wrap", "hyphens", "direction",
        "margin", "margin-top", "margin-right", "margin-bottom", "margin-left",
        "padding", "padding-top", "padding-right", "padding-bottom", "padding-left",
        "border", "border-top", "border-right", "border-bottom", "border-left", "border-color", "border-style",
        "border-width", "border-top-color", "border-right-color", "border-bottom-color", "border-left-color",
        "border-top-style", "border-right-style", "border-bottom-style", "border-left-style", "border-top-width",
        "border-right-width", "border-bottom-width", "border-left-width", "border-radius", "border-collapse",
        "border-spacing",
        "width", "height", "max-width", "max-height", "min-width", "min-height", "float", "clear", "display", "overflow",
        "list-style-type", "list-style-position", "caption-side", "table-layout", "empty-cells",
    };

    /// <summary>
    /// Values refused in any kept property: markup, CSS escapes (which hide the rest), url() and expression() (which
    /// load or run things) and negative lengths (which pull a box over its neighbours).
    /// </summary>
    public static readonly System.Text.RegularExpressions.Regex CssValue = new(
        @"[<>\\]|url\s*\(|expression|image-set|-\s*[0-9.]", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // HtmlSanitizer's own parser configuration, so style attributes are parsed as CSS and checked, not dropped whole.
    private static readonly IBrowsingContext Context = BrowsingContext.New(Configuration.Default.WithCss(new CssParserOptions
    {
        IsIncludingUnknownDeclarations = true,
        IsIncludingUnknownRules = true,
        IsToleratingInvalidSelectors = true,
    }));

    public static HtmlParser Parser(HtmlParserOptions options) => new(options with { IsScripting = true }, Context);

    public static HtmlSanitizer Sanitizer()
    {
        var sanitizer = new HtmlSanitizer { DisallowCssPropertyValue = CssValue, HtmlParserFactory = () => Parser(default) };
        sanitizer.AllowedTags.ExceptWith(FormTags);
        sanitizer.AllowedAttributes.ExceptWith(FormAttributes);
        sanitizer.AllowedCssProperties.IntersectWith(CssProperties);
        return sanitizer;
    }
}
