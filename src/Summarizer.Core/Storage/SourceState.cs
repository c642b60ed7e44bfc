namespace Summarizer.Storage;

/// <summary>What the store remembers about one source between polls.</summary>
public sealed record SourceState
{
    public required string Name { get; init; }

    public required string Url { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public DateTimeOffset? LastPolledAt { get; init; }

    /// <summary>HTTP status of the last poll (304 = not modified); null when it never answered.</summary>
    public int? LastStatus { get; init; }

    public string? LastError { get; init; }

    /// <summary>URLs the last poll added to the queue.</summary>
    public int NewArticles { get; init; }

    /// <summary>Polls that failed in a row.</summary>
    public int ConsecutiveFailures { get; init; }
}

/// <summary>A source with its article counts, for <c>summarizer sources</c>.</summary>
public sealed record SourceReport(SourceState State, int Articles, int Summarized, int Failed, int Pending);
