namespace Summarizer.Storage;

/// <summary>A change was asked of a store opened for reading only (a read-only file or folder, or <c>Mode=ReadOnly</c>).</summary>
public sealed class StoreReadOnlyException(string reason)
    : SummarizerException(FailureKind.BadInput, $"the store is read-only: {reason}");
