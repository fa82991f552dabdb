using System.Text.RegularExpressions;

namespace Syndication.Service.Storage;

/// <summary>
/// The output folder as the store may touch it: through real folders only, never through a symbolic link (or Windows
/// reparse point) at any level below the root. The root itself may be a link an operator made on purpose.
/// </summary>
internal sealed partial class OutputFolder(string root)
{
    public const string TempSuffix = ".tmp";

    public string Root { get; } = root;

    /// <summary>Whether a path is one the store makes: relative, '/'-separated, no empty, '.' or '..' segment, not a temp file.</summary>
    public static bool IsStorePath(string path) =>
        path.Length > 0 && !path.EndsWith(TempSuffix, StringComparison.Ordinal) &&
        path.Split('/').All(s => s.Length > 0 && s is not ("." or "..") && s.IndexOfAny(['\\', '\0', ':']) < 0);

    /// <summary>Whether a file-system entry is a link of any kind; the store neither reads, writes nor deletes through one.</summary>
    public static bool IsLink(FileSystemInfo info) =>
        info.LinkTarget is not null || (info.Exists && info.Attributes.HasFlag(FileAttributes.ReparsePoint));

    // Paths come from slugs we validated, never straight from a request; the check is a second lock on the door.
    public string FullPath(string path) =>
        IsStorePath(path)
            ? Path.Combine(Root, path.Replace('/', Path.DirectorySeparatorChar))
            : throw new ArgumentException($"'{path}' is not a path inside the output folder.", nameof(path));

    /// <summary>
    /// The file at a store path when it is a regular file reached through real folders, else null (missing, a link, a folder).
    /// A FIFO or device also passes here; callers compare the length with what they wrote (special files report 0) before opening.
    /// </summary>
    public FileInfo? RegularFile(string path)
    {
        if (!WalkFolders(path, create: false))
        {
            return null;
        }

        var file = new FileInfo(FullPath(path));
        return file.Exists && !IsLink(file) ? file : null;
    }

    /// <summary>The document on disk when it is exactly what the store wrote there, else null.</summary>
    public StoredDocument? Written(ManifestEntry entry)
    {
        // Length before opening: special files (FIFOs, devices) report 0 and would block or never end.
        if (RegularFile(entry.Path) is not { } file || file.Length != entry.Length)
        {
            return null;
        }

        try
        {
            var bytes = File.ReadAllBytes(file.FullName);
            return entry.Matches(bytes) ? StoredDocument.Create(bytes, new DocumentInfo(entry.Sha256!, file.LastWriteTimeUtc)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Makes the folders a path needs, as real folders; refuses (IOException) when one of them is a link or a file.</summary>
    public string PrepareWrite(string path)
    {
        WalkFolders(path, create: true);
        var file = FullPath(path);
        if (Directory.Exists(file))
        {
            throw new IOException($"'{path}' in the output folder is a folder where the service writes a file. Remove it; the next run writes the file.");
        }

        return file;
    }

    /// <summary>Every real folder from the root down, without entering linked folders.</summary>
    public IEnumerable<DirectoryInfo> RealFolders()
    {
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(Root)]);
        while (pending.TryPop(out var folder))
        {
            yield return folder;
            foreach (var child in Listed(folder.EnumerateDirectories).Where(c => !IsLink(c)))
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>
    /// Every regular file reached through real folders, by store path, with its length and write time: one listing per
    /// folder instead of a walk per path, so checking 10,000 documents costs milliseconds.
    /// </summary>
    public Dictionary<string, (long Length, DateTime Written)> RegularFiles()
    {
        var files = new Dictionary<string, (long, DateTime)>(StringComparer.Ordinal);
        foreach (var folder in RealFolders())
        {
            var prefix = folder.FullName.Length <= Root.Length ? "" : folder.FullName[(Root.Length + 1)..].Replace(Path.DirectorySeparatorChar, '/') + "/";
            foreach (var file in Listed(folder.EnumerateFiles).Where(f => !IsLink(f)))
            {
                files[prefix + file.Name] = (file.Length, file.LastWriteTimeUtc);
            }
        }

        return files;
    }

    /// <summary>A process killed mid-write leaves its temporary file behind; the published file beside it is whole.</summary>
    public void RemoveLeftoverTempFiles()
    {
        foreach (var temp in RealFolders().SelectMany(d => Listed(() => d.EnumerateFiles("*" + TempSuffix))).Where(f => !IsLink(f) && TempName().IsMatch(f.Name)))
        {
            try
            {
                temp.Delete();
            }
            catch (IOException)
            {
                // Another instance may be writing it right now; it removes its own.
            }
        }
    }

    /// <summary>Walks the folders above a path's last segment; false (or an IOException when creating) at the first that is not a real folder.</summary>
    private bool WalkFolders(string path, bool create)
    {
        var segments = FullPath(path)[(Root.Length + 1)..].Split(Path.DirectorySeparatorChar);
        var folder = Root;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            folder = Path.Combine(folder, segments[i]);
            var info = new DirectoryInfo(folder);
            if (IsLink(info))
            {
                return create
                    ? throw new IOException($"'{string.Join('/', segments[..(i + 1)])}' in the output folder is a symbolic link; the service never writes through links. " +
                        "Remove the link (not its target); the next run makes a real folder.")
                    : false;
            }

            if (!info.Exists)
            {
                if (!create)
                {
                    return false;
                }

                Directory.CreateDirectory(folder);
            }
        }

        return true;
    }

    /// <summary>A folder's entries, or none when it cannot be listed (gone, or not ours to read).</summary>
    private static List<T> Listed<T>(Func<IEnumerable<T>> list)
    {
        try
        {
            return list().ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    [GeneratedRegex(@"^.+\.[0-9a-f]{32}\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex TempName();
}
