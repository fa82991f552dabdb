using Syndication.Core.Building;
using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>
/// Gives each article its entry id through the <see cref="IdentityGuard"/>, with every id each feed has published kept
/// in the channel state: ids are unique across the site (a reader following two feeds would otherwise see two entries
/// as one), a renamed or moved article keeps its id, and an id once published never goes to another article.
/// </summary>
/// <param name="save">False for <c>validate</c>: it reports what a run would decide and writes nothing.</param>
internal sealed class EntryIdentities(IChannelStateStore states, FeedSourceReader sources, bool save = true) : IDisposable
{
    // Claims read and write other feeds' records (a moved article takes its id from there): one at a time.
    private readonly SemaphoreSlim _gate = new(1, 1);

    // Every feed's records, read when a claim first needs them in a run (an article new to its feed) and let go after it.
    private SiteLedger? _site;

    // Without saving, the claims of one validate pass must still see each other.
    private readonly Dictionary<string, IReadOnlyList<PublishedId>> _unsaved = new(StringComparer.Ordinal);

    /// <summary>The source with every article's id in <c>Id</c>; an article whose id another one holds is reported and left out.</summary>
    public async Task<FeedSource> ClaimAsync(FeedSource source, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var own = _site?.Of(source.Name) ?? await LedgerAsync(source.Name);
            var site = IdentityGuard.NeedsOtherFeeds(own, source.Articles)
                ? _site ??= new SiteLedger(await AllLedgersAsync())
                : new SiteLedger(new Dictionary<string, IReadOnlyList<PublishedId>>(StringComparer.Ordinal) { [source.Name] = own });
            var claim = IdentityGuard.Assign(source.Name, source.Articles, site, sources.FileGone);
            if (!claim.Ledger.SequenceEqual(own))
            {
                await SaveAsync(source.Name, claim.Ledger, cancellationToken);
            }

            foreach (var from in claim.Taken.Select(t => t.Feed).Distinct())
            {
                var moved = claim.Taken.Where(t => t.Feed == from).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
                await SaveAsync(from, [.. site.Of(from).Where(r => !moved.Contains(r.Id))], cancellationToken);
            }

            _site?.Apply(source.Name, claim);
            return source with { Articles = claim.Articles, Problems = [.. source.Problems, .. claim.Problems] };
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A removed feed's records stay, no longer live: its articles may turn up in another feed, and its ids are not given out again.</summary>
    public async Task ForgetAsync(string feed, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var ledger = await LedgerAsync(feed);
            _site = null;
            if (ledger.Any(r => r.Live))
            {
                await SaveAsync(feed, [.. ledger.Select(r => r with { Live = false })], cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Lets go of every feed's records, once the run that needed them is done.</summary>
    public void Release()
    {
        _gate.Wait();
        _site = null;
        _gate.Release();
    }

    private async Task<Dictionary<string, IReadOnlyList<PublishedId>>> AllLedgersAsync()
    {
        var all = new Dictionary<string, IReadOnlyList<PublishedId>>(StringComparer.Ordinal);
        foreach (var feed in states.FeedsWithPublishedIds().Concat(_unsaved.Keys).Distinct())
        {
            all[feed] = await LedgerAsync(feed);
        }

        return all;
    }

    private async Task<IReadOnlyList<PublishedId>> LedgerAsync(string feed) =>
        _unsaved.TryGetValue(feed, out var ledger) ? ledger : await states.PublishedIdsAsync(feed);

    private Task SaveAsync(string feed, IReadOnlyList<PublishedId> ledger, CancellationToken cancellationToken)
    {
        if (save)
        {
            return states.SavePublishedIdsAsync(feed, ledger, cancellationToken);
        }

        _unsaved[feed] = ledger;
        return Task.CompletedTask;
    }

    public void Dispose() => _gate.Dispose();
}
