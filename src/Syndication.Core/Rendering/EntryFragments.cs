using System.Runtime.CompilerServices;
using Syndication.Core.Building;

namespace Syndication.Core.Rendering;

/// <summary>
/// Each entry's bytes in one format, written once and reused by every document that carries the entry. An entry is
/// most of a document's cost, and it appears in its feed, each of its tags and categories, the combined feed and their
/// archive pages and deltas; all of them show it the same way, so its bytes can be spliced into each.
/// </summary>
/// <param name="write">Writes one entry exactly as it appears inside a document of the format.</param>
internal sealed class EntryFragments(Func<FeedEntry, byte[]> write)
{
    // Keyed by the entry object, which the builder keeps as long as its article is unchanged: an edit makes a new
    // entry, so stale bytes are never reused, and the bytes go when the article does.
    private readonly ConditionalWeakTable<FeedEntry, byte[]> _written = new();

    public byte[] Of(FeedEntry entry) => _written.GetValue(entry, e => write(e));

    /// <summary>
    /// Lets go of every entry's bytes but <paramref name="kept"/>'s. Only a cost if one is needed again: it is then
    /// written anew, the same bytes.
    /// </summary>
    public void KeepOnly(IReadOnlySet<FeedEntry> kept)
    {
        foreach (var entry in _written.Select(pair => pair.Key).Where(e => !kept.Contains(e)).ToList())
        {
            _written.Remove(entry);
        }
    }

    /// <summary>
    /// <paramref name="shell"/> (the document written with no entries) with the entries' bytes inserted at
    /// <paramref name="at"/>, <paramref name="separator"/> between two entries.
    /// </summary>
    public byte[] Splice(ReadOnlySpan<byte> shell, int at, IReadOnlyList<FeedEntry> entries, ReadOnlySpan<byte> separator = default)
    {
        var fragments = new byte[entries.Count][];
        var length = shell.Length + (Math.Max(entries.Count - 1, 0) * separator.Length);
        for (var i = 0; i < fragments.Length; i++)
        {
            fragments[i] = Of(entries[i]);
            length += fragments[i].Length;
        }

        var document = new byte[length];
        shell[..at].CopyTo(document);
        var position = at;
        for (var i = 0; i < fragments.Length; i++)
        {
            if (i > 0)
            {
                separator.CopyTo(document.AsSpan(position));
                position += separator.Length;
            }

            fragments[i].CopyTo(document, position);
            position += fragments[i].Length;
        }

        shell[at..].CopyTo(document.AsSpan(position));
        return document;
    }
}
