using System.Threading.Channels;

namespace Syndication.Service.WebSub;

/// <summary>One hub's queue of topics to announce and its delivery record; one queue per hub, so a slow hub delays only itself.</summary>
internal sealed class HubQueue(Hub hub)
{
    private readonly Channel<Uri> _topics = Channel.CreateUnbounded<Uri>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _lock = new();
    private long _delivered;
    private long _failed;
    private int _pending;
    private DateTimeOffset? _lastSuccess;
    private DateTimeOffset? _lastFailure;
    private string? _lastError;

    public Hub Hub { get; } = hub;

    public ChannelReader<Uri> Topics => _topics.Reader;

    public void Enqueue(Uri topic)
    {
        Interlocked.Increment(ref _pending);
        _topics.Writer.TryWrite(topic);
    }

    public void Complete() => _topics.Writer.TryComplete();

    public void Succeeded(DateTimeOffset at)
    {
        lock (_lock)
        {
            _pending--;
            _delivered++;
            _lastSuccess = at;
        }
    }

    public void Failed(DateTimeOffset at, string error)
    {
        lock (_lock)
        {
            _pending--;
            _failed++;
            _lastFailure = at;
            _lastError = Hub.Redact(error);
        }
    }

    public HubDelivery Snapshot()
    {
        lock (_lock)
        {
            return new HubDelivery(Hub.Advertised.AbsoluteUri, _delivered, _failed, Math.Max(0, _pending), _lastSuccess, _lastFailure, _lastError);
        }
    }
}
