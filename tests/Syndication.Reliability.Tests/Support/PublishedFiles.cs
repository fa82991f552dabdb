using System.Text.Json;
using System.Xml.Linq;

namespace Syndication.Reliability.Tests.Support;

/// <summary>What is on disk in an output folder, read as a reader of each format would: whole documents or nothing.</summary>
public static class PublishedFiles
{
    public const string TempSuffix = ".tmp";

    /// <summary>Every file under a served (or state) name, that is every file but temporary ones.</summary>
    public static IReadOnlyList<string> Documents(string output) =>
        Directory.Exists(output)
            ? Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(TempSuffix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList()
            : [];

    public static IReadOnlyList<string> TempFiles(string output) =>
        Directory.Exists(output) ? Directory.EnumerateFiles(output, "*" + TempSuffix, SearchOption.AllDirectories).ToList() : [];

    /// <summary>Null when the file is a whole document of its kind, else why not.</summary>
    public static string? Malformed(string file)
    {
        var bytes = File.ReadAllBytes(file);
        try
        {
            switch (Path.GetExtension(file))
            {
                case ".atom" or ".rss" or ".opml":
                    using (var stream = new MemoryStream(bytes))
                    {
                        _ = XDocument.Load(stream);
                    }

                    return null;
                case ".json":
                    using (JsonDocument.Parse(bytes))
                    {
                        return null;
                    }

                case ".jsonl":
                    // The store's manifest: one JSON object a line (a kill may cut the last line short; the next start rewrites it).
                    var lines = System.Text.Encoding.UTF8.GetString(bytes).Split('\n');
                    foreach (var line in lines[..^1])
                    {
                        using (JsonDocument.Parse(line))
                        {
                        }
                    }

                    return null;
                case ".html":
                    var text = System.Text.Encoding.UTF8.GetString(bytes);
                    return text.StartsWith("<!DOCTYPE html>", StringComparison.Ordinal) && text.TrimEnd().EndsWith("</html>", StringComparison.Ordinal)
                        ? null
                        : $"{file}: not a whole HTML page ({bytes.Length} bytes)";
                default:
                    return $"{file}: unexpected file in the output folder";
            }
        }
        catch (Exception e) when (e is System.Xml.XmlException or JsonException)
        {
            return $"{file}: {e.Message} ({bytes.Length} bytes)";
        }
    }

    /// <summary>Why each malformed document in the output folder is malformed; empty when all are whole.</summary>
    public static IReadOnlyList<string> MalformedDocuments(string output) => Documents(output).Select(Malformed).OfType<string>().ToList();
}
