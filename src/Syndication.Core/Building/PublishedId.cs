using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Syndication.Core.Model;

namespace Syndication.Core.Building;

/// <summary>
/// One entry id a feed has published, with what the article that holds it looked like then: enough to know the article
/// again after a rename or a move (its body, or its date and title) and to say where it came from.
/// </summary>
/// <param name="Id">The entry id readers know.</param>
/// <param name="Slug">The article's slug when it last held the id.</param>
/// <param name="File">Its source file, relative to the feeds folder.</param>
/// <param name="Title">Its title.</param>
/// <param name="Published">Its publication date.</param>
/// <param name="Content">A hash of its body (<see cref="ContentOf"/>).</param>
/// <param name="Origin">Where the id was first published: "feed/slug".</param>
/// <param name="Pinned">Whether the id came from the article's own <c>id:</c>.</param>
/// <param name="Live">Whether an article held it at the feed's last claim; a record that is not live stays, so the id is never given to another article.</param>
public sealed record PublishedId(string Id, string Slug, string File, string Title, DateTimeOffset Published, string Content, string Origin, bool Pinned, bool Live)
{
    // Hashed once per parsed article: a feed's every article is recorded on every claim.
    private static readonly ConditionalWeakTable<Article, string> Hashes = new();

    /// <summary>A short hash of the article's body: a rename that keeps the text keeps it.</summary>
    public static string ContentOf(Article article) =>
        Hashes.GetValue(article, a => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(a.BodyHtml))[..12]));

    /// <summary>The record of <paramref name="article"/> holding <paramref name="id"/> in a feed.</summary>
    public static PublishedId Of(Article article, string id, string origin, bool pinned) =>
        new(id, article.Slug, article.File, article.Title, article.Published, ContentOf(article), origin, pinned, Live: true);
}
