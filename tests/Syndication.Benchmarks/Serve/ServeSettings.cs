namespace Syndication.Benchmarks.Serve;

/// <summary>How each comparison loads the servers: seconds per wrk run, interleaved rounds, connection counts; whether the service is warmed up first.</summary>
internal sealed record ServeSettings(int Seconds, int Rounds, IReadOnlyList<int> Connections, bool WarmUp);
