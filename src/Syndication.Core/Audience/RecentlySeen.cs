namespace Syndication.Core.Audience;

/// <summary>
/// A map that remembers at most <see cref="Capacity"/> keys, forgetting the least recently seen first, so what clients
/// send can never grow it without bound. Every operation is O(1) under one short lock, except the snapshots.
/// </summary>
/// <typeparam name="TKey">What is counted: a client, a subscription.</typeparam>
/// <typeparam name="TValue">What is kept about it.</typeparam>
public sealed class RecentlySeen<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, LinkedListNode<Seen>> _index;

    // Most recently seen first, so the least recently seen is always the last node.
    private readonly LinkedList<Seen> _order = new();
    private readonly Lock _gate = new();

    /// <param name="capacity">The most keys kept; at least 1.</param>
    public RecentlySeen(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _index = new Dictionary<TKey, LinkedListNode<Seen>>(Math.Min(capacity, 1024));
    }

    public int Capacity { get; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _index.Count;
            }
        }
    }

    /// <summary>Sets the value of <paramref name="key"/> and marks it seen at <paramref name="now"/>.</summary>
    public void Set(TKey key, TValue value, DateTimeOffset now) => Touch(key, now, value, static (_, value) => value, replace: true);

    /// <summary>
    /// The value kept for <paramref name="key"/>, marked seen at <paramref name="now"/>; made by <paramref name="create"/>
    /// (with <paramref name="state"/>, so a static lambda allocates nothing) only when the key is new. For a mutable value
    /// the caller guards its changes itself.
    /// </summary>
    public TValue GetOrAdd<TState>(TKey key, DateTimeOffset now, TState state, Func<TKey, TState, TValue> create) =>
        Touch(key, now, state, create, replace: false);

    /// <summary>Every entry seen at or after <paramref name="since"/>, most recent first; older ones are forgotten now.</summary>
    public List<(TKey Key, TValue Value, DateTimeOffset SeenAt)> Since(DateTimeOffset since)
    {
        lock (_gate)
        {
            while (_order.Last is { } last && last.Value.SeenAt < since)
            {
                _index.Remove(last.Value.Key);
                _order.RemoveLast();
            }

            var entries = new List<(TKey, TValue, DateTimeOffset)>(_index.Count);
            foreach (var seen in _order)
            {
                entries.Add((seen.Key, seen.Value, seen.SeenAt));
            }

            return entries;
        }
    }

    private TValue Touch<TState>(TKey key, DateTimeOffset now, TState state, Func<TKey, TState, TValue> create, bool replace)
    {
        lock (_gate)
        {
            if (_index.TryGetValue(key, out var node))
            {
                ref var seen = ref node.ValueRef;
                seen.SeenAt = now;
                if (replace)
                {
                    seen.Value = create(key, state);
                }

                if (node != _order.First)
                {
                    _order.Remove(node);
                    _order.AddFirst(node);
                }

                return seen.Value;
            }

            var value = create(key, state);
            // Full: the least recently seen node is forgotten and its node reused, so a flood of new keys allocates nothing here.
            if (_index.Count == Capacity && _order.Last is { } oldest)
            {
                _index.Remove(oldest.Value.Key);
                _order.RemoveLast();
                oldest.Value = new Seen(key, value, now);
                node = oldest;
            }
            else
            {
                node = new LinkedListNode<Seen>(new Seen(key, value, now));
            }

            _order.AddFirst(node);
            _index.Add(key, node);
            return value;
        }
    }

    private record struct Seen(TKey Key, TValue Value, DateTimeOffset SeenAt);
}
