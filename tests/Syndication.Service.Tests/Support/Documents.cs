using System.Net;
using CodeHollow.FeedReader;

namespace Syndication.Service.Tests.Support;

/// <summary>Fetches feed documents as a reader would, and waits for the start-up run to publish them.</summary>
public static class Documents
{
    /// <summary>The feed, parsed by an independent reader, once the service serves it.</summary>
    public static async Task<Feed> ReadFeedAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return FeedReader.ReadFromString(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The feed, parsed by an independent reader, or null while the service does not serve it.</summary>
    public static async Task<Feed?> TryReadFeedAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode == HttpStatusCode.OK ? FeedReader.ReadFromString(await response.Content.ReadAsStringAsync()) : null;
    }

    /// <summary>Whether the feed's Atom document, as a reader parses it, holds exactly these titles; false while it is not served.</summary>
    public static async Task<bool> ServesTitlesAsync(this HttpClient client, string feed, params string[] titles) =>
        await client.TryReadFeedAsync($"/feeds/{feed}.atom") is { } read && read.Titles().SequenceEqual(titles.Order(StringComparer.Ordinal));

    /// <summary>Waits (bounded) until <paramref name="path"/> answers 200: the start-up run runs in the background.</summary>
    public static Task<HttpResponseMessage> WaitForAsync(this HttpClient client, string path) =>
        Poll.UntilAsync(
            async () =>
            {
                var response = await client.GetAsync(path);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return response;
                }

                response.Dispose();
                return null;
            },
            $"GET {path} to answer 200");

    /// <summary>Titles of the feed's items, sorted, for order-independent comparison.</summary>
    public static string[] Titles(this Feed feed) => [.. feed.Items.Select(i => i.Title).Order(StringComparer.Ordinal)];
}
