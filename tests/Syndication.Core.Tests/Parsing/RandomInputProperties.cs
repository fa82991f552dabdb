using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Syndication.Core.Building;
using Syndication.Core.Model;
using Syndication.Core.Parsing;
using Syndication.Core.Rendering;

namespace Syndication.Core.Tests.Parsing;

/// <summary>
/// Random front matter and bodies (any Unicode, control characters, lone surrogates, huge values): parsing never throws,
/// and whatever is published is well-formed XML and JSON.
/// </summary>
public sealed class RandomInputProperties
{
    private static readonly FeedDefinition Feed = new() { Name = "fuzz", Title = "Fuzz", Description = "Random input" };
    private static readonly FeedBuilder Builder = new(new PublicUrls(FeedFolder.BaseUrl));

    /// <summary>Strings from every corner: short random ones, huge repeated ones, and raw UTF-16 code units including surrogates and controls.</summary>
    private static Arbitrary<string> Nasty() => Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>(),
            ArbMap.Default.GeneratorFor<char[]>().Select(chars => new string(chars)),
            Gen.Choose(0, 0xFFFF).Select(c => (char)c).ArrayOf().Select(chars => new string(chars)),
            ArbMap.Default.GeneratorFor<string>().Select(s => string.Concat(Enumerable.Repeat(s ?? "x", 400))))
        .Select(s => s ?? "")
        .ToArbitrary();

    private static void AssertPublishable(ArticleParseResult result)
    {
        if (result.Article is null)
        {
            Assert.Contains(result.Problems, p => p.IsError);
            return;
        }

        var document = Builder.Build(Feed, [result.Article with { Published = DateTimeOffset.UnixEpoch, Updated = DateTimeOffset.UnixEpoch }], DateTimeOffset.MaxValue);
        XDocument.Parse(Encoding.UTF8.GetString(AtomWriter.Write(document)));
        XDocument.Parse(Encoding.UTF8.GetString(RssWriter.Write(document)));
        using var json = JsonDocument.Parse(JsonFeedWriter.Write(document));
        Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
    }

    [Property(MaxTest = 200)]
    public Property AnyWholeFile_ParsesOrIsReported() =>
        Prop.ForAll(Nasty(), text => AssertPublishable(ArticleParser.Parse(text, "fuzz/a.md", true, TimeZoneInfo.Utc, DateTimeOffset.UnixEpoch)));

    [Property(MaxTest = 150)]
    public Property AnyFrontMatterValues_ParseOrAreReported() =>
        Prop.ForAll(Nasty(), Nasty(), Nasty(), (title, summary, body) =>
        {
            var text = $"---\ntitle: {Yaml(title)}\nsummary: {Yaml(summary)}\ntags: [{Yaml(summary)}, {Yaml(body)}]\nauthor: {{ name: {Yaml(title)} }}\ndate: 2020-01-01\n---\n{body}";
            AssertPublishable(ArticleParser.Parse(text, "fuzz/a.md", true, TimeZoneInfo.Utc, DateTimeOffset.UnixEpoch));
            AssertPublishable(ArticleParser.Parse(text, "fuzz/a.txt", false, TimeZoneInfo.Utc, DateTimeOffset.UnixEpoch));
        });

    [Property(MaxTest = 100)]
    public Property AnyBytes_Decode() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var problems = new List<Problem>();
            AssertPublishable(ArticleParser.Parse("---\ntitle: t\n---\n" + SourceBytes.Decode(bytes ?? [], "fuzz/b.md", problems), "fuzz/b.md", true, TimeZoneInfo.Utc, DateTimeOffset.UnixEpoch));
        });

    /// <summary>A YAML double-quoted scalar: JSON string syntax is valid YAML, escapes included.</summary>
    private static string Yaml(string value) => JsonSerializer.Serialize(value);
}
