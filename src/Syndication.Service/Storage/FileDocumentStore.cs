using System.Collections.Concurrent;
using Syndication.Service.Options;

namespace Syndication.Service.Storage;

/// <summary>
/// Documents as files under the output folder, so they survive a restart and are served before the first run.
/// Each write goes to a temporary file that is then renamed over the old one: a reader sees the old bytes or the new, never half.
/// </summary>
internal sealed class FileDocumentStore : IDocumentStore
{
    private const string TempSuffix = ".tmp";
    private readonly string _root;
    private readonly ConcurrentDictionary<string, StoredDocument> _cache = new(StringComparer.Ordinal);

    public FileDocumentStore(ResolvedPaths paths)
        : this(paths.Output)
    {
    }

    public FileDocumentStore(string root)
    {
        _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        Directory.CreateDirectory(_root);
        RemoveLeftoverTempFiles();
    }

    public StoredDocument? Get(string path)
    {
        if (_cache.TryGetValue(path, out var cached))
        {
            return cached;
        }

        var file = FullPath(path);
        try
        {
            var document = StoredDocument.Create(File.ReadAllBytes(file), File.GetLastWriteTimeUtc(file));
            return _cache.GetOrAdd(path, document);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public async Task<bool> PublishAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        if (Get(path) is { } current && current.Bytes.AsSpan().SequenceEqual(bytes))
        {
            return false;
        }

        var file = FullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temp = file + "." + Guid.NewGuid().ToString("N") + TempSuffix;
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
            {
                await stream.WriteAsync(bytes, cancellationToken);
                await stream.FlushAsync(cancellationToken);
            }

            File.Move(temp, file, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }

        var published = StoredDocument.Create(bytes, File.GetLastWriteTimeUtc(file));
        _cache[path] = IsServed(path) ? published.Precompressed() : published;
        return true;
    }

    public bool Remove(string path)
    {
        _cache.TryRemove(path, out _);
        var file = FullPath(path);
        if (!File.Exists(file))
        {
            return false;
        }

        File.Delete(file);
        return true;
    }

    public IReadOnlyList<string> List(string folder)
    {
        var directory = FullPath(folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var prefix = folder.Length == 0 ? "" : folder + "/";
        return Directory.EnumerateFiles(directory)
            .Select(Path.GetFileName)
            .Where(name => name is not null && !name.EndsWith(TempSuffix, StringComparison.Ordinal))
            .Select(name => prefix + name)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A process killed mid-write leaves its temporary file behind; the published file beside it is whole.</summary>
    private void RemoveLeftoverTempFiles()
    {
        foreach (var temp in Directory.EnumerateFiles(_root, "*" + TempSuffix, SearchOption.AllDirectories))
        {
            try
            {
                File.Delete(temp);
            }
            catch (IOException)
            {
                // Another instance may be writing it right now; it removes its own.
            }
        }
    }

    /// <summary>Service state lives under "_state/" (no slug starts with '_'): kept beside the documents, never served.</summary>
    private static bool IsServed(string path) => !path.StartsWith('_');

    // Paths come from slugs we validated, never straight from a request; the check is a second lock on the door.
    private string FullPath(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_root, path));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && full != _root)
        {
            throw new ArgumentException($"'{path}' is outside the output folder.", nameof(path));
        }

        return full;
    }
}
