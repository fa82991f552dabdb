namespace Syndication.Core.Parsing;

/// <summary>Which text an element may hold directly for <see cref="SanitiserShortcut"/>.</summary>
internal enum ShortcutText
{
    Any,
    WhitespaceOnly,
    None,
}

/// <summary>
/// An element <see cref="SanitiserShortcut"/> vouches for, with the children and attributes it may have. Blocks sit only
/// at the top, in quotes and in list items, and phrasing only in paragraphs, headings, cells, list items and other
/// phrasing, so no start tag ever closes an open paragraph or heading; table parts sit only in their own parent, so the
/// HTML parser adds no tbody or row and moves no text out of a table.
/// </summary>
internal sealed record ShortcutTag(string Name, bool IsVoid, ShortcutText Text, IReadOnlySet<string> Children, string[] Attributes)
{
    private static readonly string[] Blocks = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "pre", "table", "hr"];
    private static readonly string[] Phrasing = ["em", "strong", "code", "a", "img", "br"];

    /// <summary>The top of the body, where Markdig's blocks start.</summary>
    public static readonly ShortcutTag Root = Tag("", ShortcutText.Any, Blocks);

    /// <summary>The elements Markdig writes for plain Markdown, by name, less any the policy would remove or change.</summary>
    public static Dictionary<string, ShortcutTag> Known(Func<string, bool> keepsTag, Func<string, bool> keepsAttribute)
    {
        List<ShortcutTag> tags =
        [
            .. ((string[])["p", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "th", "td"]).Select(name => Tag(name, ShortcutText.Any, Phrasing)),
            Tag("a", ShortcutText.Any, Phrasing, ["href", "title"]),
            Tag("code", ShortcutText.Any, []),
            Tag("blockquote", ShortcutText.Any, Blocks),
            Tag("ul", ShortcutText.Any, ["li"]),
            Tag("ol", ShortcutText.Any, ["li"], ["start"]),
            Tag("li", ShortcutText.Any, [.. Blocks, .. Phrasing]),
            Tag("pre", ShortcutText.None, ["code"]),
            Tag("table", ShortcutText.WhitespaceOnly, ["thead", "tbody"]),
            Tag("thead", ShortcutText.WhitespaceOnly, ["tr"]),
            Tag("tbody", ShortcutText.WhitespaceOnly, ["tr"]),
            Tag("tr", ShortcutText.WhitespaceOnly, ["th", "td"]),
            Void("hr"),
            Void("br"),
            Void("img", ["src", "alt", "title"]),
        ];
        return tags.Where(t => keepsTag(t.Name) && t.Attributes.All(keepsAttribute)).ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    private static ShortcutTag Tag(string name, ShortcutText text, string[] children, string[]? attributes = null) =>
        new(name, false, text, Set(children), attributes ?? []);

    private static ShortcutTag Void(string name, string[]? attributes = null) => new(name, true, ShortcutText.None, Set([]), attributes ?? []);

    private static HashSet<string> Set(string[] names) => new(names, StringComparer.Ordinal);
}
