using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace Syndication.Core.Building;

/// <summary>A fingerprint of everything a reader sees of an entry: equal stamps, same entry; used to tell what changed between versions.</summary>
public static class EntryStamp
{
    // Each entry's stamp is worked out once: archiving, versions and page stamps all ask for it.
    private static readonly ConditionalWeakTable<FeedEntry, string> Stamps = new();

    public static string Of(FeedEntry entry) => Stamps.GetValue(entry, Compute);

    /// <summary>A short, stable hash of a text.</summary>
    public static string Hash(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text))[..12]);

    private static string Compute(FeedEntry entry)
    {
        var article = entry.Article;
        var text = new StringBuilder()
            .Append(entry.Id).Append('\0').Append(entry.Link.AbsoluteUri).Append('\0')
            .Append(article.Title).Append('\0').Append(article.Summary).Append('\0').Append(entry.ContentHtml).Append('\0')
            .Append(article.Published.ToString("O", CultureInfo.InvariantCulture)).Append('\0')
            .Append(article.Updated.ToString("O", CultureInfo.InvariantCulture)).Append('\0')
            .AppendJoin('\u001f', article.Terms).Append('\0')
            .AppendJoin('\u001f', entry.Authors.Select(a => $"{a.Name}\u001e{a.Email}\u001e{a.Uri?.Href}")).Append('\0')
            .Append(article.Rights).Append('\0').Append(article.Source?.Name).Append(article.Source?.Url?.Href);
        return Hash(text.ToString());
    }

    /// <summary>Every entry's stamp, by entry id.</summary>
    public static Dictionary<string, string> All(FeedDocument document) =>
        document.Entries.ToDictionary(e => e.Id, Of, StringComparer.Ordinal);

    /// <summary>Every tombstone's time, by entry id: what a version already told its clients was deleted.</summary>
    public static Dictionary<string, DateTimeOffset> Deleted(FeedDocument document) =>
        document.Tombstones.ToDictionary(t => t.Id, t => t.When, StringComparer.Ordinal);

    /// <summary>
    /// The RFC 3229+feed delta: the same document holding only the entries that are new or changed since a version
    /// whose stamps are <paramref name="since"/>, and the tombstones of entries deleted since: every one that version
    /// did not carry (<paramref name="sinceDeleted"/>; all of them when it is not known). So the entries it held and
    /// those that were only on archive pages alike. A delta is never complete (RFC 5005 §2): it carries no fh:complete.
    /// </summary>
    public static FeedDocument Delta(FeedDocument current, IReadOnlyDictionary<string, string> since, IReadOnlyDictionary<string, DateTimeOffset>? sinceDeleted = null) =>
        current with
        {
            Entries = current.Entries.Where(e => !since.TryGetValue(e.Id, out var old) || old != Of(e)).ToList(),
            Tombstones = current.Tombstones.Where(t => sinceDeleted is null || !(sinceDeleted.TryGetValue(t.Id, out var when) && when == t.When)).ToList(),
            Page = current.Page with { IsComplete = false },
        };
}
