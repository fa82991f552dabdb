using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Syndication.Core.Building;
using Syndication.Core.Model;
using Syndication.Core.Rendering;
using Syndication.Service.Options;
using Syndication.Service.Storage;
using Syndication.Service.WebSub;

namespace Syndication.Service.Publishing;

/// <summary>
/// Tells a run which feeds it can leave alone: a feed whose files (names, lengths, write times) are as they were when it
/// was last published whole, under the same configuration and build of the service, before any of its future-dated
/// articles falls due or any of its tombstones expires, and whose documents the store still has (counted), would publish the same bytes. Checking
/// costs one folder listing; nothing is read or parsed. Persisted under _state, so a restart re-parses nothing unchanged.
/// </summary>
internal sealed class UnchangedFeeds(IDocumentStore store, StateFiles state, IOptions<SyndicationOptions> options, IReadOnlyList<Hub> hubs)
{
    private readonly string _configuration = EntryStamp.Hash(string.Join('\n', [
        options.Value.PublicBaseUrl,
        options.Value.TombstoneDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
        .. hubs.Select(h => h.Advertised.AbsoluteUri),
        .. new[] { typeof(EntryStamp).Assembly, typeof(UnchangedFeeds).Assembly }.Select(a => a.ManifestModule.ModuleVersionId.ToString()),
    ]));

    /// <summary>The last whole publication of a feed when nothing since can have changed its documents; else null.</summary>
    public async Task<FeedRecord?> UnchangedAsync(string feed, string fingerprint, DateTimeOffset now)
    {
        var record = await state.ReadAsync<FeedRecord>(feed, StatePath(feed), r => r is { Fingerprint: not null, Configuration: not null, Problems: not null });
        return record.Fingerprint == fingerprint && record.Configuration == _configuration && now < record.NextDue
            && DocumentPaths.Formats.All(f => store.Has(DocumentPaths.Feed(feed, f))) && store.Has(DocumentPaths.Feed(feed, HtmlPages.Extension))
            && record.Documents == Documents(feed)
            ? record
            : null;
    }

    /// <summary>
    /// Notes a whole publication: the files it was made from, when it must run again even so (its next future-dated
    /// article falls due or a tombstone expires), what it reported.
    /// </summary>
    public Task RecordAsync(string feed, string fingerprint, DateTimeOffset? nextDue, int entries, IReadOnlyList<Problem> problems, CancellationToken cancellationToken)
    {
        var record = new FeedRecord
        {
            Fingerprint = fingerprint, Configuration = _configuration, NextDue = nextDue ?? DateTimeOffset.MaxValue, Entries = entries, Problems = [.. problems], Documents = Documents(feed),
        };
        return store.PublishAsync(StatePath(feed), JsonSerializer.SerializeToUtf8Bytes(record), cancellationToken);
    }

    /// <summary>When the earliest article not published at <paramref name="now"/> falls due (a draft never does); null when none will.</summary>
    public static DateTimeOffset? NextDue(IReadOnlyList<Article> articles, DateTimeOffset now) =>
        articles.Where(a => !a.Draft && a.Published > now).Select(a => (DateTimeOffset?)a.Published).Min();

    public async Task ForgetAsync(string feed) => await store.RemoveAsync(StatePath(feed));

    // A page or archive page the store lost (altered on disk, and no copy to restore) makes the feed publish again.
    private int Documents(string feed) => store.List(DocumentPaths.Folder(feed)).Count + store.List(DocumentPaths.ArchiveFolder(feed)).Count;

    private static string StatePath(string feed) => $"{DocumentPaths.State}/{feed}.unchanged.json";
}

/// <summary>What <see cref="UnchangedFeeds"/> keeps of a feed's last whole publication.</summary>
internal sealed class FeedRecord
{
    public string? Fingerprint { get; set; }

    public string? Configuration { get; set; }

    public DateTimeOffset NextDue { get; set; }

    public int Entries { get; set; }

    public List<Problem>? Problems { get; set; }

    public int Documents { get; set; }
}
