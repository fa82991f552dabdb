using System.Security.Cryptography;
using System.Text;

namespace Syndication.Core.Building;

/// <summary>
/// Permanent ids: name-based UUIDs (RFC 9562 version 5) of the feed folder and article slug, so an id never depends
/// on the host name, the file's location on disk or the time, and moving the service does not make readers show old entries again.
/// </summary>
public static class EntryIds
{
    // A fixed namespace of our own; changing it would change every id ever published.
    private static readonly Guid Namespace = new("5d1c8c51-3c5f-4a43-9d0b-6f1f0b9a4e27");

    public static string ForFeed(string feed) => Urn($"feed/{feed}");

    public static string ForArticle(string feed, string slug) => Urn($"entry/{feed}/{slug}");

    /// <summary>
    /// The <paramref name="generation"/>th id of a slug (2 and up), for an article whose slug's own id was published for
    /// another one before (see <see cref="IdentityGuard"/>); a slug has no '/', so no other name makes the same.
    /// </summary>
    public static string ForArticle(string feed, string slug, int generation) =>
        Urn($"entry/{feed}/{slug}/{generation.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

    /// <summary>The id of a feed's tag or category channel: <paramref name="folder"/> is "tags" or "categories", <paramref name="slug"/> the term's slug.</summary>
    public static string ForTerm(string feed, string folder, string slug) => Urn($"feed/{feed}/{folder}/{slug}");

    /// <summary>The id of the combined feed of the whole site.</summary>
    public static string ForSite() => Urn("site");

    private static string Urn(string name) => "urn:uuid:" + NameBased(name).ToString("D");

    private static Guid NameBased(string name)
    {
        var bytes = Namespace.ToByteArray(bigEndian: true).Concat(Encoding.UTF8.GetBytes(name)).ToArray();
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5 UUIDs; no security rests on it.
        var hash = SHA1.HashData(bytes);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
