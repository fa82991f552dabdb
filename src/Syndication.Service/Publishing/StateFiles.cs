using System.Collections.Concurrent;
using System.Text.Json;
using Syndication.Core.Model;
using Syndication.Service.Storage;

namespace Syndication.Service.Publishing;

/// <summary>
/// Reads the service's own state under <c>_state/</c> (delta history, archive pages, last good articles). A file that is
/// corrupt, of another shape or unreadable is reported and read as empty, so the next write rebuilds it: never fatal.
/// </summary>
internal sealed class StateFiles(IDocumentStore store)
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Problem>> _problems = new(StringComparer.Ordinal);

    /// <summary>The state at <paramref name="path"/>, or a new empty one when there is none or it is not whole.</summary>
    public async Task<T> ReadAsync<T>(string feed, string path, Func<T, bool> isWhole, JsonSerializerOptions? json = null)
        where T : class, new()
    {
        string reason;
        try
        {
            if (await store.GetAsync(path) is { } stored)
            {
                if (JsonSerializer.Deserialize<T>(stored.Bytes, json) is { } value && isWhole(value))
                {
                    return value;
                }

                reason = "it does not hold what the service wrote there";
            }
            else if (store.List(Path.GetDirectoryName(path) ?? "").Contains(path, StringComparer.Ordinal))
            {
                // Listed but not served: the store wrote it, and the file on disk is no longer those bytes.
                reason = "the file on disk is no longer the one the service wrote: deleted, edited or damaged";
            }
            else
            {
                return new T();
            }
        }
        catch (Exception e)
        {
            reason = $"{e.GetType().Name}: {e.Message}";
        }

        _problems.GetOrAdd(feed, _ => new ConcurrentQueue<Problem>()).Enqueue(Problem.Warning(feed, 0,
            $"the service's state file {path} could not be read ({reason}); it is rebuilt from this run",
            "Nothing to do; what it remembered (delta history, archive pages or last good articles) starts afresh"));
        return new T();
    }

    /// <summary>The problems found in <paramref name="feed"/>'s state since the last call, for its run report.</summary>
    public IReadOnlyList<Problem> Take(string feed)
    {
        var found = new List<Problem>();
        if (_problems.TryGetValue(feed, out var queue))
        {
            while (queue.TryDequeue(out var problem))
            {
                found.Add(problem);
            }
        }

        return found;
    }
}
