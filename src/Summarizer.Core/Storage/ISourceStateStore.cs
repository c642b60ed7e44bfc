namespace Summarizer.Storage;

/// <summary>What the worker remembers about each source between polls (validators, last poll, failures).</summary>
public interface ISourceStateStore
{
    Task<SourceState?> GetSourceAsync(string name, CancellationToken cancellationToken);

    Task UpsertSourceAsync(SourceState state, CancellationToken cancellationToken);
}
