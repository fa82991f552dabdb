using System.Text.Json;

namespace Syndication.Service.Tests.Support;

/// <summary>A feed's entry titles in each of its formats as a reader sees them, to check the three formats agree.</summary>
public static class FormatTitles
{
    /// <summary>The sorted titles of the Atom, RSS and JSON Feed documents of <paramref name="feed"/>, in that order.</summary>
    public static async Task<string[][]> OfAsync(HttpClient client, string feed)
    {
        var atom = (await client.ReadFeedAsync($"/feeds/{feed}.atom")).Titles();
        var rss = (await client.ReadFeedAsync($"/feeds/{feed}.rss")).Titles();
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/feeds/{feed}.json"));
        var items = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString() ?? "").Order(StringComparer.Ordinal);
        return [atom, rss, [.. items]];
    }

    /// <summary>Asserts every format of <paramref name="feed"/> shows exactly <paramref name="titles"/>.</summary>
    public static async Task AssertAllShowAsync(HttpClient client, string feed, params string[] titles) =>
        Assert.All(await OfAsync(client, feed), shown => Assert.Equal(titles, shown));
}
