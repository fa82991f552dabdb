using Syndication.Service.Storage;

namespace Syndication.Service.Tests.Support;

/// <summary>The real file store, except that reads or writes of the paths a <see cref="FaultPlan"/> names throw.</summary>
internal sealed class FaultyStore(IDocumentStore inner, FaultPlan plan) : IDocumentStore
{
    public ValueTask<StoredDocument?> GetAsync(string path, CancellationToken cancellationToken = default) =>
        plan.FailsRead(path) ? throw new InjectedFaultException($"read {path}") : inner.GetAsync(path, cancellationToken);

    public async Task<bool> PublishAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        await plan.HeldAsync(path).WaitAsync(cancellationToken);
        return plan.FailsWrite(path) ? throw new InjectedFaultException($"write {path}") : await inner.PublishAsync(path, bytes, cancellationToken);
    }

    public ValueTask<bool> RemoveAsync(string path, CancellationToken cancellationToken = default) => inner.RemoveAsync(path, cancellationToken);

    public bool Has(string path) => inner.Has(path);

    public Task RestoreAsync(Func<string, byte[]?> copies, CancellationToken cancellationToken) => inner.RestoreAsync(copies, cancellationToken);

    public DocumentInfo? Info(string path) => inner.Info(path);

    public IReadOnlyList<string> List(string folder) => inner.List(folder);
}
