using Syndication.Core.Model;

namespace Syndication.Service.Storage;

/// <summary>Everything read from one feed folder: its definition (null when feed.yaml is unusable), the articles that parsed, and every problem.</summary>
internal sealed record FeedSource(string Name, FeedDefinition? Definition, IReadOnlyList<Article> Articles, IReadOnlyList<Problem> Problems)
{
    /// <summary>Article files that exist but could not be read or parsed this time.</summary>
    public IReadOnlyList<string> FailedFiles { get; init; } = [];

    /// <summary>Whether something threw while reading (rather than a file saying something wrong): the next run must read again, even with no file changed.</summary>
    public bool Faulted { get; init; }
}
