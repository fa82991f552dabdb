using Microsoft.Extensions.DependencyInjection;
using Syndication.Core.Building;
using Syndication.Core.Model;
using Syndication.Core.Parsing;
using Syndication.Core.Rendering;
using Syndication.Service.Options;
using Syndication.Service.Publishing;
using Syndication.Service.Storage;

namespace Syndication.Service.Tests.Support;

/// <summary>
/// Where the service should throw an <see cref="InjectedFaultException"/>: it replaces, through the service's own DI seams, the
/// store (reads and writes by path), the article parser (by file) and the format writers (by format and entry title).
/// Only what is armed throws; everything else is the real code.
/// </summary>
internal sealed class FaultPlan
{
    private volatile Func<string, bool>? _write;
    private volatile Func<string, bool>? _read;
    private volatile Func<string, bool>? _parse;
    private volatile Func<string, bool>? _malformed;
    private volatile Func<string, FeedDocument, bool>? _serialise;
    private volatile Func<string, bool>? _held;
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Writes of these store paths throw.</summary>
    public void FailWrites(Func<string, bool> paths) => _write = paths;

    /// <summary>Reads of these store paths throw.</summary>
    public void FailReads(Func<string, bool> paths) => _read = paths;

    /// <summary>Parsing these source files throws.</summary>
    public void FailParsing(Func<string, bool> files) => _parse = files;

    /// <summary>These source files parse into an article without an author list, which the real builder then chokes on.</summary>
    public void FailBuilding(Func<string, bool> files) => _malformed = files;

    /// <summary>Serialising a document in a format (by extension) throws when the predicate holds for it.</summary>
    public void FailSerialising(Func<string, FeedDocument, bool> documents) => _serialise = documents;

    /// <summary>Writes of these store paths wait until <see cref="ReleaseWrites"/>: a run caught in the middle of a feed.</summary>
    public void HoldWrites(Func<string, bool> paths) => _held = paths;

    public void ReleaseWrites() => _release.TrySetResult();

    public Task HeldAsync(string path) => _held?.Invoke(path) == true ? _release.Task : Task.CompletedTask;

    public void Clear() => (_write, _read, _parse, _malformed, _serialise) = (null, null, null, null, null);

    public bool FailsWrite(string path) => _write?.Invoke(path) ?? false;

    public bool FailsRead(string path) => _read?.Invoke(path) ?? false;

    /// <summary>Puts the plan's stand-ins in place of the service's store, parser and serialiser.</summary>
    public void Register(IServiceCollection services)
    {
        services.AddSingleton<IDocumentStore>(sp => new FaultyStore(new CachingDocumentStore(ActivatorUtilities.CreateInstance<FileDocumentStore>(sp)), this));
        services.AddSingleton<ArticleParse>(Parse);
        services.AddSingleton(new FeedSerialiser([.. FeedFormat.All.Select(f => f with { Write = d => Serialise(f, d) })]));
    }

    private ArticleParseResult Parse(string text, string file, bool isMarkdown, TimeZoneInfo zone, DateTimeOffset fileTime)
    {
        if (_parse?.Invoke(file) ?? false)
        {
            throw new InjectedFaultException($"parse {file}");
        }

        var result = ArticleParser.Parse(text, file, isMarkdown, zone, fileTime);
        return (_malformed?.Invoke(file) ?? false) && result.Article is { } article
            ? result with { Article = article with { Authors = null! } }
            : result;
    }

    private byte[] Serialise(FeedFormat format, FeedDocument document) =>
        _serialise?.Invoke(format.Extension, document) ?? false ? throw new InjectedFaultException($"serialise {format.Extension}") : format.Write(document);
}
