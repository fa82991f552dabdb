using Syndication.Core.Building;
using Syndication.Core.Model;

namespace Syndication.Core.Channels;

/// <summary>
/// What is published as one feed in every format, with its own archives: a feed folder, a tag or a category of a feed,
/// or the whole site. The channel alone decides its public URLs, its storage keys and its feed id; documents, writers and
/// the store ask it. Two channels are equal when their <see cref="Name"/>s are.
/// </summary>
public abstract class Channel : IEquatable<Channel>
{
    /// <summary>Names the channel among all others, stable across runs: "news", "news/tags/rust", "~site".</summary>
    public abstract string Name { get; }

    /// <summary>The permanent feed id (atom:id, the RSS channel's id), independent of the host name.</summary>
    public abstract string Id { get; }

    /// <summary>
    /// The title, description and other metadata the writers show, and the entry limit of the subscription document. Its
    /// <see cref="FeedDefinition.Name"/> is the channel's <see cref="Name"/>, so whatever is keyed by a document's feed name
    /// keeps channels apart.
    /// </summary>
    public abstract FeedDefinition Definition { get; }

    /// <summary>The subscription document's path under the public base URL, without the extension.</summary>
    protected abstract string UrlStem { get; }

    /// <summary>The subscription document's storage key, without the extension.</summary>
    protected abstract string KeyStem { get; }

    /// <summary>The storage folder that holds the "archive" folder.</summary>
    protected virtual string ArchiveParentKey => KeyStem;

    /// <summary>The storage key of the subscription document in a format (by file extension).</summary>
    public string DocumentKey(string extension) => $"{KeyStem}.{extension}";

    /// <summary>The storage folder of the archive pages, for listing and deleting them.</summary>
    public string ArchiveFolderKey => $"{ArchiveParentKey}/archive";

    /// <summary>The storage key of archive page <paramref name="number"/> (1 is the oldest) in a format.</summary>
    public string ArchiveKey(int number, string extension) => $"{ArchiveFolderKey}/{number}.{extension}";

    /// <summary>The public URL of the subscription document in a format.</summary>
    public Uri DocumentUrl(PublicUrls urls, string extension) => urls.Of($"{UrlStem}.{extension}");

    /// <summary>The public URL of archive page <paramref name="number"/> in a format.</summary>
    public Uri ArchiveUrl(PublicUrls urls, int number, string extension) => urls.Of($"{UrlStem}/archive/{number}.{extension}");

    public bool Equals(Channel? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as Channel);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    public override string ToString() => Name;
}
