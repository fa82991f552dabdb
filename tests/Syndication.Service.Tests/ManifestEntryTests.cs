using System.Security.Cryptography;
using System.Text.Json;
using Syndication.Service.Storage;

namespace Syndication.Service.Tests;

/// <summary>
/// The store keeps a manifest entry per file in memory (150,000 of them for 100 feeds of 1,000 articles), so an entry is
/// small; its journal line is the same JSON as ever, so manifests written before read back unchanged.
/// </summary>
public sealed class ManifestEntryTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public void AnEntry_TakesAtMost96BytesBesidesItsPath()
    {
        var bytes = new byte[1000];
        var path = "news/tags/rust/archive/1.atom";
        var entries = new ManifestEntry[1000];
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = ManifestEntry.Of(path, bytes);
        }

        var perEntry = (GC.GetAllocatedBytesForCurrentThread() - before) / entries.Length;
        Assert.InRange(perEntry, 1, 96);
    }

    [Fact]
    public void AJournalLine_IsTheHashInHex_AndReadsBackAsTheSameBytes()
    {
        var bytes = "<feed/>"u8.ToArray();
        var written = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        var entry = ManifestEntry.Of("news.atom", bytes) with { Written = written };

        var line = JsonSerializer.Serialize(entry, Json);

        var hex = Convert.ToHexString(SHA256.HashData(bytes));
        Assert.Equal($$"""{"path":"news.atom","length":7,"sha256":"{{hex}}","written":"2024-05-06T07:08:09Z"}""", line);
        var read = JsonSerializer.Deserialize<ManifestEntry>(line, Json)!;
        Assert.True(read.SameBytes(entry));
        Assert.True(read.Matches(bytes));
        Assert.Equal(written, read.Written);
    }

    [Fact]
    public void ARemoval_HasNoHash_AndMatchesNoBytes()
    {
        var line = JsonSerializer.Serialize(ManifestEntry.Removal("news.atom"), Json);

        Assert.Equal("""{"path":"news.atom","length":0,"sha256":null,"written":null}""", line);
        var read = JsonSerializer.Deserialize<ManifestEntry>(line, Json)!;
        Assert.True(read.Removed);
        Assert.False(read.Matches([]));
    }
}
