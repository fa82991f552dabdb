using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Syndication.Benchmarks.Compare;

/// <summary>What a run did to the output folder: files written (new, or with a new modification time or new bytes) and removed.</summary>
internal sealed record OutputChanges(IReadOnlyList<string> Written, int ContentChanged, int Removed)
{
    /// <summary>Output files of the service's own bookkeeping rather than served documents.</summary>
    public const string StateFolder = "_state";

    public IEnumerable<string> Documents => Written.Where(f => !IsState(f));

    public IEnumerable<string> State => Written.Where(IsState);

    private static bool IsState(string file) => file.StartsWith(StateFolder + "/", StringComparison.Ordinal);
}

/// <summary>Every file under an output folder with its modification time and a hash of its bytes.</summary>
internal sealed class OutputSnapshot
{
    private readonly string _root;
    private readonly Dictionary<string, (DateTime Modified, string Hash)> _files;

    private OutputSnapshot(string root, Dictionary<string, (DateTime, string)> files)
    {
        _root = root;
        _files = files;
    }

    public static OutputSnapshot Take(string root) =>
        new(root, Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            file => Path.GetRelativePath(root, file),
            file => (File.GetLastWriteTimeUtc(file), Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))),
            StringComparer.Ordinal));

    public OutputChanges Since(OutputSnapshot before)
    {
        var written = new List<string>();
        var contentChanged = 0;
        foreach (var (file, now) in _files)
        {
            if (!before._files.TryGetValue(file, out var then) || then.Hash != now.Hash)
            {
                written.Add(file);
                contentChanged++;
            }
            else if (then.Modified != now.Modified)
            {
                written.Add(file);
            }
        }

        written.Sort(StringComparer.Ordinal);
        return new OutputChanges(written, contentChanged, before._files.Keys.Count(f => !_files.ContainsKey(f)));
    }

    /// <summary>Whether a file holds <paramref name="text"/>, looking inside gzip and brotli forms.</summary>
    public bool Contains(string file, string text)
    {
        using var stream = File.OpenRead(Path.Combine(_root, file));
        using Stream plain = Path.GetExtension(file) switch
        {
            ".gz" => new GZipStream(stream, CompressionMode.Decompress),
            ".br" => new BrotliStream(stream, CompressionMode.Decompress),
            _ => stream,
        };
        using var reader = new StreamReader(plain, Encoding.UTF8);
        return reader.ReadToEnd().Contains(text, StringComparison.Ordinal);
    }
}
