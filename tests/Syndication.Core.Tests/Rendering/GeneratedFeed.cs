using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Syndication.Core.Building;
using Syndication.Core.Channels;
using Syndication.Core.Model;

namespace Syndication.Core.Tests.Rendering;

/// <summary>Articles made in code for the page tests: numbered, one day apart (article 1 the oldest), with what a test asks for.</summary>
internal static class GeneratedFeed
{
    public static readonly FeedBuilder Builder = new(new PublicUrls(FeedFolder.BaseUrl));
    public static readonly FeedDefinition News = new() { Name = "news", Title = "News", Description = "What happened" };
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 9, 0, 0, TimeSpan.Zero);

    public static Article Article(int number, string? title = null, IReadOnlyList<string>? tags = null, IReadOnlyList<string>? categories = null, string? summary = null) => new()
    {
        Slug = $"a-{number:D3}",
        Title = title ?? $"Article {number}",
        BodyHtml = $"<p>Body of article {number}.</p>",
        Summary = summary,
        Published = Start.AddDays(number),
        Updated = Start.AddDays(number),
        Tags = tags ?? [],
        Categories = categories ?? [],
    };

    public static List<Article> Articles(int count, Func<int, Article>? make = null) => [.. Enumerable.Range(1, count).Select(make ?? (n => Article(n)))];

    /// <summary>Every published entry of the feed, newest first.</summary>
    public static IReadOnlyList<FeedEntry> Entries(FeedDefinition feed, IReadOnlyList<Article> articles) => Builder.Entries(feed, articles, DateTimeOffset.MaxValue);

    /// <summary>The feed's document of every entry, as article pages are made from it.</summary>
    public static FeedDocument All(FeedDefinition feed, IReadOnlyList<Article> articles) => Builder.Document(feed, Entries(feed, articles), FeedPage.Unknown);

    /// <summary>A channel's subscription document, as its page is made from it.</summary>
    public static FeedDocument Subscription(ChannelEntries channel) => Builder.Build(channel.Channel, channel.Entries);

    /// <summary>The tag channels of <paramref name="feed"/>'s articles, as the service derives them.</summary>
    public static List<ChannelEntries> Tags(FeedDefinition feed, IReadOnlyList<Article> articles) =>
        [.. TagChannel.Derive([new ChannelEntries(new FeedChannel(feed), Entries(feed, articles))], [])];

    public static IHtmlDocument Parse(byte[] page) => new HtmlParser().ParseDocument(new MemoryStream(page));

    /// <summary>Each link's (text, href) under <paramref name="selector"/>.</summary>
    public static List<(string Text, string Href)> Links(IHtmlDocument page, string selector) =>
        [.. page.QuerySelectorAll(selector).Select(a => (a.TextContent, a.GetAttribute("href")!))];
}
