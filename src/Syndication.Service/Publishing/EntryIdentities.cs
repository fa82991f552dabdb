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

    // Without saving, the claims of one validate pass must still see each other.
    private readonly Dictionary<string, IReadOnlyList<PublishedId>> _unsaved = new(StringComparer.Ordinal);

    /// <summary>The source with every article's id in <c>Id</c>; an article whose id another one holds is reported and left out.</summary>
    public async Task<FeedSource> ClaimAsync(FeedSource source, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var own = await LedgerAsync(source.Name);
            // Other feeds' records are read only when an article could meet one: an id of its own, or a slug this feed never published.
            var bySlug = own.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);
            var ledgers = new Dictionary<string, IReadOnlyList<PublishedId>>(StringComparer.Ordinal) { [source.Name] = own };
            if (source.Articles.Any(a => a.Id is not null || !bySlug.Contains(a.Slug)))
            {
                foreach (var feed in states.FeedsWithPublishedIds().Concat(_unsaved.Keys).Where(f => f != source.Name).Distinct())
                {
                    ledgers[feed] = await LedgerAsync(feed);
                }
            }

            var claim = IdentityGuard.Assign(source.Name, source.Articles, ledgers, sources.FileGone);
            if (!claim.Ledger.SequenceEqual(own))
            {
                await SaveAsync(source.Name, claim.Ledger, cancellationToken);
            }

            foreach (var from in claim.Taken.GroupBy(t => t.Feed, t => t.Id))
            {
                var moved = from.ToHashSet(StringComparer.Ordinal);
                await SaveAsync(from.Key, [.. ledgers[from.Key].Where(r => !moved.Contains(r.Id))], cancellationToken);
            }

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
