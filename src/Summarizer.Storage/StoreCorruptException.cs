namespace Summarizer.Storage;

/// <summary>The store file is not a SQLite database, or a damaged one: named, never silently replaced or "internal error".</summary>
public sealed class StoreCorruptException(string file, string detail, Exception? innerException = null)
    : SummarizerException(FailureKind.BadInput,
        $"the store {file} is not a usable SQLite database ({detail}); move it away to start a new store, or set Summarizer__Storage__ConnectionString",
        innerException);
