using Syndication.Core.Audience;

namespace Syndication.Service.Audience;

/// <summary>
/// The one query for who reads the feeds and how they poll: /admin/status renders it, and so can metrics and a
/// dashboard, as typed records.
/// </summary>
internal sealed class AudienceQuery(AudienceLedger audience, PollingStatistics pollers)
{
    /// <summary>How many pollers the status shows: the busiest.</summary>
    public const int StatusPollers = 20;

    public AudienceReport Audience() => audience.Report();

    public IReadOnlyList<PollerReport> Pollers(int top = StatusPollers) => pollers.Top(top);
}
