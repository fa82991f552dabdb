using System.Collections.Concurrent;
using System.Net;

namespace Syndication.Reliability.Tests.Support;

/// <summary>What a load run saw: every latency, every status, every failure, and the feed ETags served.</summary>
public sealed class LoadResults
{
    private readonly ConcurrentBag<List<double>> _latencies = [];
    private readonly ConcurrentDictionary<int, int> _statuses = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly ConcurrentDictionary<string, byte> _etags = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Failures => [.. _failures];

    public IReadOnlyDictionary<int, int> Statuses => _statuses;

    public int ServerErrors => _statuses.Where(s => s.Key >= 500).Sum(s => s.Value);

    public int DistinctETags => _etags.Count;

    /// <summary>Each worker records its latencies into its own list, handed over here once.</summary>
    public List<double> NewLatencyList()
    {
        var list = new List<double>(capacity: 16 * 1024);
        _latencies.Add(list);
        return list;
    }

    public void Status(HttpStatusCode status) => _statuses.AddOrUpdate((int)status, 1, (_, n) => n + 1);

    public void Failure(string what)
    {
        if (_failures.Count < 50)
        {
            _failures.Enqueue(what);
        }
    }

    public void SawETag(string etag) => _etags.TryAdd(etag, 0);

    /// <summary>Count, p50 and p99 of every latency, in milliseconds.</summary>
    public (int Count, double P50, double P99, double Max) Latency()
    {
        var all = _latencies.SelectMany(l => l).Order().ToArray();
        return all.Length == 0
            ? (0, 0, 0, 0)
            : (all.Length, all[(int)(all.Length * 0.50)], all[Math.Min(all.Length - 1, (int)(all.Length * 0.99))], all[^1]);
    }
}
