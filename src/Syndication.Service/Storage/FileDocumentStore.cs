using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Syndication.Service.Options;
using Syndication.Service.Publishing;

namespace Syndication.Service.Storage;

/// <summary>
/// Documents as files under the output folder, so they survive a restart and are served before the first run.
/// A write that replaces a file goes to a temporary file renamed over the old one, so a reader sees the old bytes or the
/// new, never half; a new file is written in place and only counts once the manifest names it whole.
/// Only files the store wrote count: each write is noted in a manifest (length and SHA-256), and a file is served, listed,
/// kept or deleted only while it is still those bytes, a regular file reached through real folders, never through a link.
/// Nothing is kept in memory but the manifest: <see cref="CachingDocumentStore"/> goes in front of it.
/// </summary>
internal sealed class FileDocumentStore : IDocumentStore
{
    private readonly OutputFolder _folder;
    private readonly StoreManifest _manifest;
    private readonly ILogger _logger;
    private readonly IRunProgress _progress;

    // Bytes replacing a file, by path: between the manifest naming them and the rename, a reader gets these.
    private readonly ConcurrentDictionary<string, StoredDocument> _writing = new(StringComparer.Ordinal);

    public FileDocumentStore(ResolvedPaths paths, ILogger<FileDocumentStore> logger, IRunProgress progress)
        : this(paths.Output, logger, progress)
    {
    }

    public FileDocumentStore(string root, ILogger? logger = null, IRunProgress? progress = null)
    {
        _progress = progress ?? IRunProgress.None;
        _logger = logger ?? NullLogger.Instance;
        _folder = new OutputFolder(Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar));
        Directory.CreateDirectory(_folder.Root);
        _folder.RemoveLeftoverTempFiles();
        _manifest = StoreManifest.Load(_folder, _logger);
    }

    // Files are read synchronously: they are small, local and usually in the page cache.
    public ValueTask<StoredDocument?> GetAsync(string path, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_manifest.Find(path) is { } entry && _folder.Written(entry) is { } written ? written : _writing.GetValueOrDefault(path));

    public DocumentInfo? Info(string path) => _manifest.Find(path) is { Sha256: { } sha256, Written: { } written } ? new DocumentInfo(sha256, written) : null;

    public bool Has(string path) => _manifest.Find(path) is not null;

    public async Task<bool> PublishAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var entry = ManifestEntry.Of(path, bytes);
        var known = _manifest.Find(path);
        if (entry.SameBytes(known))
        {
            // The same bytes as last time, but only if the file on disk still holds them: else write it again.
            if (_folder.Written(entry) is not null)
            {
                return false;
            }

            _logger.DocumentRestored(path);
        }

        await WriteAsync(entry, bytes, cancellationToken);
        return !entry.SameBytes(known);
    }

    public ValueTask<bool> RemoveAsync(string path, CancellationToken cancellationToken = default) => ValueTask.FromResult(Remove(path));

    private bool Remove(string path)
    {
        if (_manifest.Find(path) is not { } entry)
        {
            return false;
        }

        var ours = _folder.Written(entry) is not null;
        _manifest.Record(ManifestEntry.Removal(path));
        if (ours)
        {
            File.Delete(_folder.FullPath(path));
        }
        else if (new FileInfo(_folder.FullPath(path)) is var found && (found.Exists || OutputFolder.IsLink(found)))
        {
            _logger.LeftInPlace(path);
        }

        return true;
    }

    public IReadOnlyList<string> List(string folder) => [.. _manifest.In(folder).Order(StringComparer.Ordinal)];

    public async Task RestoreAsync(Func<string, byte[]?> copies, CancellationToken cancellationToken)
    {
        // One listing of the folder; only files whose length or write time changed since we wrote them are read.
        var onDisk = _folder.RegularFiles();
        foreach (var path in _manifest.Paths.ToList())
        {
            if (_manifest.Find(path) is { Written: { } written } entry && onDisk.TryGetValue(path, out var file) && file.Length == entry.Length && file.Written == written)
            {
                continue;
            }

            try
            {
                await RestoreAsync(path, copies, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // One folder that cannot be written (a planted link, say) must not keep the others from being restored.
                _logger.RestoreFailed(path, e.Message);
            }
        }
    }

    private async Task RestoreAsync(string path, Func<string, byte[]?> copies, CancellationToken cancellationToken)
    {
        if (_manifest.Find(path) is not { } entry || _folder.Written(entry) is not null)
        {
            return;
        }

        if (copies(path) is { } copy && entry.Matches(copy))
        {
            _logger.DocumentRestored(path);
            await WriteAsync(entry, copy, cancellationToken);
        }
        else
        {
            // Altered while the service was down, or no copy kept: the bytes are gone. The next publish of it writes it anew.
            _logger.DocumentLost(path);
            _manifest.Record(ManifestEntry.Removal(path));
        }
    }

    private async Task WriteAsync(ManifestEntry entry, byte[] bytes, CancellationToken cancellationToken)
    {
        var path = entry.Path;
        var file = _folder.PrepareWrite(path);
        // A file that does not exist yet (most of a cold build) is written in place: until the manifest names it, it is
        // never served, and one a crash left short fails the manifest's length check and is written again. An existing
        // file is replaced through a temporary file and a rename, so a reader sees the old bytes or the new, never half.
        var inPlace = !File.Exists(file);
        var target = inPlace ? file : file + "." + Guid.NewGuid().ToString("N") + OutputFolder.TempSuffix;
        var created = false;
        var done = false;
        try
        {
            // Documents are not synced one by one (1.5 ms a file here, 15 s for 10,000 article pages): every file is checked
            // against its manifest entry before it is served, so one a power cut left short is rewritten, never served.
            await using (var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, IsServed(path) ? FileOptions.None : FileOptions.WriteThrough))
            {
                created = true;
                await stream.WriteAsync(bytes, cancellationToken);
                await stream.FlushAsync(cancellationToken);
            }

            // A rename keeps the file's time, so the temp file's is the published one's.
            var written = entry with { Written = File.GetLastWriteTimeUtc(target) };
            if (!inPlace)
            {
                _writing[path] = StoredDocument.Create(bytes, new DocumentInfo(written.Sha256!, written.Written!.Value));
            }

            _manifest.Record(written);
            if (!inPlace)
            {
                File.Move(target, file, overwrite: true);
            }

            done = true;
            if (IsServed(path))
            {
                _progress.DocumentWritten(path);
            }
        }
        finally
        {
            _writing.TryRemove(path, out _);
            // Only a file this write created and did not finish: never one another writer put there first.
            if (created && !done)
            {
                File.Delete(target);
            }
        }
    }

    /// <summary>Service state lives under "_state/" (no slug starts with '_'): kept beside the documents, never served.</summary>
    private static bool IsServed(string path) => !path.StartsWith('_');
}
