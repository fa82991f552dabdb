using Syndication.Service.Storage;

namespace Syndication.Service.Jobs;

/// <summary>Which paths under the feeds folder a run reads, so an editor's swap, backup, lock and test files cause no run.</summary>
internal static class SourcePaths
{
    /// <summary>Whether a change to <paramref name="path"/> (created, changed, deleted, renamed from or to) can change what is published.</summary>
    public static bool Matters(string feedsRoot, string path)
    {
        var relative = Path.GetRelativePath(feedsRoot, path);
        if (Path.IsPathRooted(relative) || relative == "." || relative.StartsWith("..", StringComparison.Ordinal))
        {
            return false;
        }

        return relative.Split(Path.DirectorySeparatorChar) switch
        {
            // A feed folder added, removed or renamed; a file beside the feed folders is read by no run.
            [var folder] => !IsEditorFile(folder) && !File.Exists(path),
            [_, var file] => file == FeedSourceReader.DefinitionFile || (FeedSourceReader.IsArticleFile(file) && !IsEditorFile(file)),
            // Runs read no deeper than a feed folder's own files.
            _ => false,
        };
    }

    /// <summary>
    /// vim's write test (<c>4913</c>), swap files, backups (<c>name~</c>) and Emacs lock links (<c>.#name</c>); an atomic
    /// save's temporary file needs no rule, as its rename to the real name is seen.
    /// </summary>
    private static bool IsEditorFile(string name) =>
        name.StartsWith(".#", StringComparison.Ordinal) || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal)
        || name.EndsWith(".swx", StringComparison.Ordinal) || name.All(char.IsAsciiDigit);
}
