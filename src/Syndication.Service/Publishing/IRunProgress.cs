namespace Syndication.Service.Publishing;

/// <summary>What a run reports as it goes, for the generate command's progress display; the service ignores it.</summary>
internal interface IRunProgress
{
    /// <summary>Once the sources are listed; <paramref name="articles"/> is the article files found, 0 when not known yet.</summary>
    void Planned(int feeds, int articles);

    /// <summary>As articles are read and parsed, with how many more.</summary>
    void ArticlesRead(int count);

    /// <summary>Each document actually written (not those whose bytes were already there).</summary>
    void DocumentWritten(string path);

    void FeedDone(string feed);

    /// <summary>For the service, where nobody watches.</summary>
    static readonly IRunProgress None = new Unwatched();

    private sealed class Unwatched : IRunProgress
    {
        public void Planned(int feeds, int articles)
        {
        }

        public void ArticlesRead(int count)
        {
        }

        public void DocumentWritten(string path)
        {
        }

        public void FeedDone(string feed)
        {
        }
    }
}
