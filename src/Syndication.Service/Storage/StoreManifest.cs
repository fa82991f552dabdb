using System.Collections.Concurrent;
using System.Text.Json;
using Syndication.Service.Publishing;

namespace Syndication.Service.Storage;

/// <summary>
/// What the store wrote, path by path, so that after a restart it serves, lists and deletes only its own files. Kept in
/// _state as an append-only journal of JSON lines (one short append per write, not a rewrite of the whole list),
/// rewritten whole whenever it grows past twice its live entries, or at start when a crash cut its last line short.
/// </summary>
internal sealed class StoreManifest
{
    public const string FileName = DocumentPaths.State + "/manifest.jsonl";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly OutputFolder _folder;
    private readonly ConcurrentDictionary<string, ManifestEntry> _entries;
    // Paths by folder, so listing one feed's documents does not scan every path the store knows.
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _folders = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _lines;

    private StoreManifest(OutputFolder folder, List<ManifestEntry> entries, int lines)
    {
        _folder = folder;
        _entries = new(entries.Select(e => KeyValuePair.Create(e.Path, e)), StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            Folder(entry.Path).TryAdd(entry.Path, 0);
        }

        _lines = lines;
    }

    public static StoreManifest Load(OutputFolder folder, ILogger logger)
    {
        var (entries, lines, torn) = Read(folder, logger);
        var manifest = new StoreManifest(folder, entries, lines);
        lock (manifest._gate)
        {
            try
            {
                // Rewritten when it holds twice its live entries (old lines) as a write would, or when a crash cut its last
                // line short; a start after an ordinary run writes nothing.
                if (lines > (2 * entries.Count) + 1024 || torn)
                {
                    manifest.Compact();
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Every write records itself here, so each will fail with this same message, reported per feed.
                logger.ManifestNotWritable(FileName, e.Message);
            }
        }

        return manifest;
    }

    public ManifestEntry? Find(string path) => _entries.GetValueOrDefault(path);

    public IEnumerable<string> Paths => _entries.Keys;

    /// <summary>The paths directly under a folder ("" for the top).</summary>
    public IEnumerable<string> In(string folder) => _folders.TryGetValue(folder, out var paths) ? paths.Keys : [];

    private ConcurrentDictionary<string, byte> Folder(string path) =>
        _folders.GetOrAdd(path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : "", _ => new(StringComparer.Ordinal));

    /// <summary>Notes a write (or, for a removal, forgets the path) durably before the caller goes on.</summary>
    public void Record(ManifestEntry entry)
    {
        lock (_gate)
        {
            var before = Find(entry.Path);
            Apply(entry);
            try
            {
                // A manifest gone or replaced by a link is written anew (a rename replaces a link, never follows it).
                if (++_lines > (2 * _entries.Count) + 1024 || _folder.RegularFile(FileName) is null)
                {
                    Compact();
                }
                else
                {
                    using var stream = new FileStream(_folder.FullPath(FileName), FileMode.Append, FileAccess.Write, FileShare.Read);
                    stream.Write(Line(entry));
                }
            }
            catch
            {
                Apply(before ?? ManifestEntry.Removal(entry.Path));
                throw;
            }
        }
    }

    private void Apply(ManifestEntry entry)
    {
        if (entry.Removed)
        {
            _entries.TryRemove(entry.Path, out _);
            Folder(entry.Path).TryRemove(entry.Path, out _);
        }
        else
        {
            _entries[entry.Path] = entry;
            Folder(entry.Path).TryAdd(entry.Path, 0);
        }
    }

    private void Compact()
    {
        var file = _folder.PrepareWrite(FileName);
        var temp = file + "." + Guid.NewGuid().ToString("N") + OutputFolder.TempSuffix;
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
            {
                foreach (var entry in _entries.Values.OrderBy(e => e.Path, StringComparer.Ordinal))
                {
                    stream.Write(Line(entry));
                }
            }

            File.Move(temp, file, overwrite: true);
            _lines = _entries.Count;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>The live entries, and how many lines they took (one more when the last line is cut short, so that it gets rewritten).</summary>
    private static (List<ManifestEntry> Entries, int Lines, bool Torn) Read(OutputFolder folder, ILogger logger)
    {
        // Length first: a FIFO planted here reports 0 and is never opened.
        if (folder.RegularFile(FileName) is not { Length: > 0 } file)
        {
            var planted = new FileInfo(folder.FullPath(FileName));
            if (OutputFolder.IsLink(new DirectoryInfo(Path.Combine(folder.Root, DocumentPaths.State))) || planted.Exists || OutputFolder.IsLink(planted))
            {
                logger.ManifestIgnored(FileName);
            }

            return ([], 0, false);
        }

        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        var text = File.ReadAllBytes(file.FullName);
        var lines = System.Text.Encoding.UTF8.GetString(text).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var entry in lines.Select(Parse).OfType<ManifestEntry>())
        {
            if (entry.Removed)
            {
                entries.Remove(entry.Path);
            }
            else
            {
                entries[entry.Path] = entry;
            }
        }

        var torn = text is not [.., (byte)'\n'];
        return ([.. entries.Values], lines.Length + (torn ? 1 : 0), torn);
    }

    /// <summary>One journal line; null for a line a crash cut short (or otherwise broken), or one naming a path the store never makes.</summary>
    private static ManifestEntry? Parse(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<ManifestEntry>(line, Json) is { Path: { } path } entry && OutputFolder.IsStorePath(path) && path != FileName
                ? entry
                : null;
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            // Cut short by a crash, or a hash that is no SHA-256: the file it names is not taken for one the store wrote.
            return null;
        }
    }

    private static byte[] Line(ManifestEntry entry) => [.. JsonSerializer.SerializeToUtf8Bytes(entry, Json), (byte)'\n'];
}
