using Syndication.Core.Audience;
using Syndication.Service.Audience;

namespace Syndication.Service.Dashboard;

/// <summary>The polls of every client of one kind: an aggregator by the name it claims subscribers under, any other client by its product token.</summary>
internal sealed record PollerGroup(string Name, long Requests, long NotModified)
{
    private const int MaxGroups = 8;

    /// <summary>The pollers grouped by kind, busiest first, at most a chart's worth.</summary>
    public static IReadOnlyList<PollerGroup> From(IEnumerable<PollerReport> pollers) =>
        [.. pollers.GroupBy(p => NameOf(p.UserAgent), StringComparer.Ordinal)
            .Select(g => new PollerGroup(g.Key, g.Sum(p => p.Requests), g.Sum(p => p.NotModified)))
            .OrderByDescending(g => g.Requests).ThenBy(g => g.Name, StringComparer.Ordinal)
            .Take(MaxGroups)];

    private static string NameOf(string userAgent)
    {
        if (SubscriberClaim.Parse(userAgent) is { } claim)
        {
            return claim.Aggregator;
        }

        var end = userAgent.AsSpan().IndexOfAny(" (;");
        var product = end < 0 ? userAgent : userAgent[..end];
        return product.Length == 0 ? "(no User-Agent)" : product;
    }
}
