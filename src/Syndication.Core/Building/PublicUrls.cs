using Syndication.Core.Channels;

namespace Syndication.Core.Building;

/// <summary>Every public URL the service hands out, all absolute, all under one base URL from configuration.</summary>
public sealed class PublicUrls
{
    public PublicUrls(Uri baseUrl)
    {
        if (!baseUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The public base URL must be absolute.", nameof(baseUrl));
        }

        // A trailing slash makes relative resolution keep the base path (https://host/blog/ + feeds/x).
        Base = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
    }

    public Uri Base { get; }

    public Uri Home => Base;

    /// <summary>A path under the base URL, as channels name their documents.</summary>
    public Uri Of(string path) => new(Base, path);

    public Uri Document(string feed, string extension) => new(Base, $"{FeedChannel.UrlPath(feed)}.{extension}");

    public Uri Archive(string feed, int number, string extension) => new(Base, $"{FeedChannel.UrlPath(feed)}/archive/{number}.{extension}");

    public Uri Article(string feed, string slug) => new(Base, $"feeds/{feed}/{slug}");
}
