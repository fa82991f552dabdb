using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Syndication.Core.Parsing;

namespace Syndication.Core.Tests.Safety;

/// <summary>Random mixes of markup pieces: whatever the plain-text rule returns renders into nothing active, and text without tags is returned unchanged.</summary>
public sealed class PlainTextProperties
{
    private static readonly string[] Pieces =
    [
        "<", ">", "</", "/>", "<!--", "-->", "<!", "<?", "script", "ScRiPt", "img", "svg", "math", "template", "iframe", "style", "a", "b", "xmp",
        "textarea", "noscript", "title", "table", "td", "select", "option", " ", "\t", "\n", "=", "\"", "'", "`", "src", "href", "xlink:href",
        "onerror", "onload", "OnClick", "srcdoc", "formaction", "javascript:", "java\tscript:", "jav&#x61;script:", "&#106;", "&#x3C;", "&lt;",
        "&amp;", "&", "vbscript:", "data:", "alert(1)", "x", "http://x.example/", "\u0000", "\u00a0", "<<", ">>",
    ];

    private static Arbitrary<string> Markup() =>
        Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 3000)]
    public Property CleanedText_RendersIntoNothingActive() =>
        Prop.ForAll(Markup(), text =>
        {
            var budget = 1000;
            var clean = PlainText.Clean(text, new List<string>(), ref budget);
            Assert.Empty(ActiveMarkupOracle.InFragment(clean));
        });

    [Property(MaxTest = 1000)]
    public Property TextThatOpensNoTag_IsUnchanged() =>
        Prop.ForAll(Markup(), text =>
        {
            var plain = text.Replace("<", "< ", StringComparison.Ordinal);
            var budget = 1000;
            var removed = new List<string>();
            Assert.Equal(plain, PlainText.Clean(plain, removed, ref budget));
            Assert.Empty(removed);
        });
}
