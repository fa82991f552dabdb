using Syndication.Service.Options;

namespace Syndication.Service.Storage;

/// <summary>
/// Folders other users could write to, from the output folder up to the file-system root and down through its real
/// folders: anyone who can write there can rename, replace or plant what the service keeps. Sticky folders (/tmp) are
/// fine: others cannot touch entries they do not own, and what they plant is never served.
/// </summary>
internal sealed class OutputPermissions(ResolvedPaths paths)
{
    private const UnixFileMode OthersWrite = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    /// <summary>One warning per folder open to others, each with the command that closes it; empty when none is, or on Windows.</summary>
    public IReadOnlyList<string> Warnings()
    {
        if (OperatingSystem.IsWindows())
        {
            return [];
        }

        var output = new DirectoryInfo(paths.Output);
        return Ancestors(output).Reverse().Concat(new OutputFolder(output.FullName).RealFolders().Where(f => f.Exists))
            .Select(f => (f.FullName, Mode: ModeOf(f)))
            .Where(f => f.Mode is { } mode && (mode & OthersWrite) != 0 && !mode.HasFlag(UnixFileMode.StickyBit))
            .Select(f => $"The folder '{f.FullName}' can be written by other users (mode {Octal(f.Mode!.Value)}): they could replace or remove " +
                $"what the service publishes. Run: chmod go-w '{f.FullName}'")
            .ToList();
    }

    private static IEnumerable<DirectoryInfo> Ancestors(DirectoryInfo folder)
    {
        for (var parent = folder.Parent; parent is not null; parent = parent.Parent)
        {
            yield return parent;
        }
    }

    // The folder a link leads to is the one that matters; a link's own mode is always 0777.
    private static UnixFileMode? ModeOf(DirectoryInfo folder)
    {
        try
        {
            return folder.Exists ? folder.UnixFileMode : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode, 8).PadLeft(4, '0');
}
