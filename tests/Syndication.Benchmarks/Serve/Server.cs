namespace Syndication.Benchmarks.Serve;

/// <summary>A server under load: its name in the tables, where it listens, and its resident memory now.</summary>
internal sealed record Server(string Name, Uri Address, Func<long?> Resident);
