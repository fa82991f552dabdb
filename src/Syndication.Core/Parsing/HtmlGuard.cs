using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace Syndication.Core.Parsing;

/// <summary>
/// Limits on article HTML checked while AngleSharp reads it, before HtmlSanitizer walks the tree: the parser's work per
/// tag grows with the depth of open elements, and the sanitizer's with attributes per element and with style length.
/// </summary>
internal sealed class HtmlGuard(WorkBudget budget)
{
    public const int MaxDepth = 256;
    public const int MaxElements = 100_000;
    public const int MaxAttributes = 64;
    public const int MaxStyleLength = 16 * 1024;

    private const string Hint = "Close the tags you open and split very long articles; if the HTML was generated, simplify it";

    private IElement? _last;
    private int _elements;

    public HtmlParserOptions Options => new() { OnToken = OnToken, OnCreated = OnCreated };

    /// <summary>Checks the parsed tree as a whole: elements the parser added itself, and the depth of the last element.</summary>
    public void CheckTree(IElement root)
    {
        DepthOf(_last);
        var nodes = 0;
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.TryPop(out var node))
        {
            budget.Check("checking the HTML", 0);
            if (++nodes > MaxElements * 2)
            {
                Refuse($"the HTML has more than {MaxElements * 2:N0} elements and texts");
            }

            var children = node.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                stack.Push(children[i]);
            }
        }
    }

    private void OnToken(HtmlToken token, TextRange range)
    {
        budget.Check("reading the HTML", 0);
        if (token is not HtmlTagToken tag)
        {
            return;
        }

        if (tag.Attributes.Count > MaxAttributes)
        {
            Refuse($"a <{tag.Name}> element has {tag.Attributes.Count:N0} attributes, more than {MaxAttributes}");
        }

        foreach (var attribute in tag.Attributes)
        {
            if (attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase) && attribute.Value.Length > MaxStyleLength)
            {
                Refuse($"a <{tag.Name}> element has a style attribute of {attribute.Value.Length:N0} characters, more than {MaxStyleLength:N0}");
            }
        }
    }

    // The element is not in the tree yet when it is created, so the depth checked is that of the one before it.
    private void OnCreated(IElement element, TextPosition position)
    {
        if (++_elements > MaxElements)
        {
            Refuse($"the HTML has more than {MaxElements:N0} elements");
        }

        DepthOf(_last);
        _last = element;
    }

    private static void DepthOf(IElement? element)
    {
        var depth = 0;
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (++depth > MaxDepth)
            {
                Refuse($"HTML elements are nested more than {MaxDepth} deep (often tags opened and never closed)");
            }
        }
    }

    private static void Refuse(string message) => throw new ArticleRefusedException(0, message, Hint);
}
