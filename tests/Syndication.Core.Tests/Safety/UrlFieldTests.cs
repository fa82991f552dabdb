namespace Syndication.Core.Tests.Safety;

/// <summary>
/// Every URL field publishes absolute http(s) addresses only: generated unsafe or broken addresses in every field are
/// reported on their line and left out of every format, while the feed and the entry still publish.
/// </summary>
public sealed class UrlFieldTests
{
    /// <summary>Every bad value carries this, so finding it anywhere in a published document means it was not left out.</summary>
    private const string Marker = "evil4711";

    private static readonly string[] Schemes =
        ["javascript", "vbscript", "data", "file", "ftp", "jar", "about", "blob", "view-source", "ws", "mailto", "tel", "intent", "chrome-extension", "livescript"];

    private static readonly string[] Disguises = ["", " ", "\t", "\u0001", "\u00a0", "\u200b", "\ufeff", "\u2028", "\u202e"];

    private static IEnumerable<string> OtherSchemes() =>
        from scheme in Schemes
        from cased in new[] { scheme, scheme.ToUpperInvariant(), MixedCase(scheme) }
        from before in Disguises
        select $"{before}{cased}:alert('{Marker}')//https://x.example/";

    private static IEnumerable<string> EncodedSchemes() =>
    [
        $"&#106;avascript:alert('{Marker}')", $"&#x6A;avascript:alert('{Marker}')", $"%6Aavascript:alert('{Marker}')",
        $"javascript&#58;alert('{Marker}')", $"javascript%3Aalert('{Marker}')", $"java\tscript:alert('{Marker}')",
        $"java\nscript:alert('{Marker}')", $"java\u0000script:alert('{Marker}')", $"\uff4aavascript:alert('{Marker}')",
        $"data:text/html,<script>alert('{Marker}')</script>", $"data:image/svg+xml;base64,{Marker}",
    ];

    private static IEnumerable<string> BrokenOrRelative() =>
    [
        $"//{Marker}.example/x.png", $"/{Marker}/x.png", $"{Marker}.png", $"../{Marker}", $"?{Marker}", $"#{Marker}",
        $"http://exa mple.com/{Marker}", $"https://exa mple.com/{Marker}", $"https:\\\\{Marker}.example/", $"https:{Marker}.example",
        $"https:/{Marker}.example", $"http://user:pw@{Marker}.example/", $"https://example.org@{Marker}.example/",
        $"http:///{Marker}", $"https://-{Marker}-.com/", $"https://{Marker}..example/", $"https://{Marker}.example/a b",
        $"https://{Marker}.example/\u202egnp.exe", $"ht tp://{Marker}.example/", $"https://{Marker}.example\\@good.example/",
        $"\u200bhttps://{Marker}.example/", $"https://{Marker}.example/\u2028x",
    ];

    public static TheoryData<string> Places() => [.. UrlPlace.All.Select(p => p.Key)];

    private static string MixedCase(string text) =>
        string.Concat(text.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : c));

    private static void AssertLeftOutAndReported(UrlPlace place, string bad)
    {
        var (feed, article) = place.Put(Published.Quote(bad));
        var published = Published.From(feed, article);
        var report = Assert.Single(published.Problems, p => p.Message.StartsWith($"'{place.Key}' ", StringComparison.Ordinal));
        Assert.False(report.IsError);
        Assert.Equal((place.File, place.Line), (report.File, report.Line));
        Assert.Contains("left out", report.Message, StringComparison.Ordinal);
        Assert.Contains("https://", report.Hint, StringComparison.Ordinal);
        foreach (var (format, text) in published.Documents)
        {
            Assert.False(text.Contains(Marker, StringComparison.OrdinalIgnoreCase), $"{format} of {place} still holds {bad}:\n{text}");
        }
    }

    [Theory]
    [MemberData(nameof(Places))]
    public void OtherSchemesInAnyCaseOrDisguise_AreReportedAndLeftOut(string key)
    {
        var place = UrlPlace.All.Single(p => p.Key == key);
        foreach (var bad in OtherSchemes())
        {
            AssertLeftOutAndReported(place, bad);
        }
    }

    [Theory]
    [MemberData(nameof(Places))]
    public void EncodedSchemes_AreReportedAndLeftOut(string key)
    {
        var place = UrlPlace.All.Single(p => p.Key == key);
        foreach (var bad in EncodedSchemes())
        {
            AssertLeftOutAndReported(place, bad);
        }
    }

    [Theory]
    [MemberData(nameof(Places))]
    public void RelativeSchemeRelativeAndMalformedUrls_AreReportedAndLeftOut(string key)
    {
        var place = UrlPlace.All.Single(p => p.Key == key);
        foreach (var bad in BrokenOrRelative())
        {
            AssertLeftOutAndReported(place, bad);
        }
    }
}
