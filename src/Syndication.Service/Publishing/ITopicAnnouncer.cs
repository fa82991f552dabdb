namespace Syndication.Service.Publishing;

/// <summary>Told which feed documents (topics, by their public URL) a run changed; WebSub is the one listener today.</summary>
internal interface ITopicAnnouncer
{
    void Announce(IEnumerable<Uri> topics);

    /// <summary>For one-shot commands, where nobody listens.</summary>
    static readonly ITopicAnnouncer None = new Silent();

    private sealed class Silent : ITopicAnnouncer
    {
        public void Announce(IEnumerable<Uri> topics)
        {
        }
    }
}
