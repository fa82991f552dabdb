using System.Diagnostics;
using System.Net;

namespace Syndication.Service.Tests.Support;

/// <summary>What someone who can write in the output folder could leave there, and how to read back what the service serves.</summary>
public static class OutputAttacks
{
    /// <summary>A marker no document of ours contains: finding it in a response means a planted file leaked.</summary>
    public const string Secret = "TOP-SECRET-4f1c9a";

    public static readonly string[] Plants = ["absolute-link", "relative-link", "dangling-link", "regular-file", "hard-link", "fifo"];

    public static readonly string[] Tampers = ["delete", "empty", "cut-in-half", "same-length-other-bytes", "link-to-secret", "hard-link-to-secret", "fifo"];

    /// <summary>A file outside the output folder holding the secret, as a target for links.</summary>
    public static string SecretFile(TempFeeds feeds)
    {
        var path = Path.Combine(feeds.Root, "outside", "secret.html");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"<!DOCTYPE html><html><body>{Secret}</body></html>\n");
        return path;
    }

    /// <summary>Puts something at <paramref name="path"/> the service never wrote, making its folders as plain mkdir would.</summary>
    public static void Plant(string kind, string path, string secretFile)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        switch (kind)
        {
            case "absolute-link": File.CreateSymbolicLink(path, secretFile); break;
            case "relative-link": File.CreateSymbolicLink(path, Path.GetRelativePath(Path.GetDirectoryName(path)!, secretFile)); break;
            case "dangling-link": File.CreateSymbolicLink(path, secretFile + ".gone"); break;
            case "regular-file": File.Copy(secretFile, path); break;
            case "hard-link": Run("ln", secretFile, path); break;
            case "fifo": Run("mkfifo", path); break;
            default: throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    /// <summary>Alters a file the service wrote, as a careless hand or an attacker would.</summary>
    public static void Tamper(string kind, string path, string secretFile)
    {
        var bytes = File.ReadAllBytes(path);
        if (kind != "empty" && kind != "cut-in-half" && kind != "same-length-other-bytes")
        {
            File.Delete(path);
        }

        switch (kind)
        {
            case "delete": break;
            case "empty": File.WriteAllBytes(path, []); break;
            case "cut-in-half": File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]); break;
            case "same-length-other-bytes": File.WriteAllBytes(path, [.. bytes.Select((b, i) => i % 7 == 3 ? (byte)'X' : b)]); break;
            case "link-to-secret": File.CreateSymbolicLink(path, secretFile); break;
            case "hard-link-to-secret": Run("ln", secretFile, path); break;
            case "fifo": Run("mkfifo", path); break;
            default: throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    /// <summary>The bytes of a regular file (not a link, a FIFO or a folder), else null; never blocks on a FIFO.</summary>
    public static byte[]? RegularFileBytes(string path) =>
        new FileInfo(path) is { Exists: true, LinkTarget: null, Length: > 0 } file && !file.Attributes.HasFlag(FileAttributes.ReparsePoint)
            ? File.ReadAllBytes(path)
            : null;

    /// <summary>Every file the service wrote under the output folder (its manifest aside), by relative path, with its bytes.</summary>
    public static Dictionary<string, byte[]> WrittenFiles(string output) =>
        Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => p != "_state/manifest.jsonl")
            .Order(StringComparer.Ordinal)
            .ToDictionary(p => p, p => File.ReadAllBytes(Path.Combine(output, p)), StringComparer.Ordinal);

    /// <summary>The URL that serves a file of the output folder, or null for state files, which are never served.</summary>
    public static string? UrlOf(string path) => path switch
    {
        "index.html" => "/",
        "~site/feeds.opml" => "/feeds.opml",
        _ when path.StartsWith("~site/", StringComparison.Ordinal) => "/" + path["~site/".Length..],
        _ when path.StartsWith('_') => null,
        // An article page ({feed}/{slug}.html) is served without the extension; a feed's or tag's page ({feed}.html, {feed}/tags/{tag}.html) with it.
        _ when path.EndsWith(".html", StringComparison.Ordinal) && path.Count(c => c == '/') == 1 => "/feeds/" + path[..^".html".Length],
        _ => "/feeds/" + path,
    };

    /// <summary>Status and body of a GET, bounded in time so a FIFO that blocked the service would fail the test, not hang it.</summary>
    public static async Task<(HttpStatusCode Status, byte[] Body)> GetAsync(HttpClient client, string url)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await client.GetAsync(url, timeout.Token);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync(timeout.Token));
    }

    private static void Run(string tool, params string[] arguments)
    {
        using var process = Process.Start(tool, arguments);
        Assert.True(process.WaitForExit(10_000) && process.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} failed");
    }
}
