using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Syndication.Reliability.Tests.Support;

/// <summary>The output folder at one moment: a hash per document, what is malformed, and which temporary files are lying about.</summary>
public sealed partial record OutputSnapshot(IReadOnlyDictionary<string, string> Hashes, IReadOnlyList<string> Malformed, IReadOnlyList<string> TempFiles)
{
    public static OutputSnapshot Take(string output)
    {
        var hashes = PublishedFiles.Documents(output).ToDictionary(
            f => Path.GetRelativePath(output, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
        return new OutputSnapshot(hashes, PublishedFiles.MalformedDocuments(output), PublishedFiles.TempFiles(output));
    }

    /// <summary>Temporary files not named as the store names them (<c>&lt;document&gt;.&lt;32 hex&gt;.tmp</c>), which a reader might take for documents.</summary>
    public IEnumerable<string> StrangeTempFiles => TempFiles.Where(f => !TempName().IsMatch(Path.GetFileName(f)));

    /// <summary>Documents whose bytes differ from <paramref name="before"/> (new ones included).</summary>
    public int ChangedSince(OutputSnapshot before) =>
        Hashes.Count(h => !before.Hashes.TryGetValue(h.Key, out var old) || old != h.Value);

    [GeneratedRegex(@"^.+\.(atom|rss|json|jsonl|html)\.[0-9a-f]{32}\.tmp$")]
    private static partial Regex TempName();
}
