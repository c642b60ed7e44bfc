using Summarizer.Summarization;

namespace Summarizer.Storage;

/// <summary>Summaries by what made them (<see cref="SummaryKey"/>), so that no text is paid for twice.</summary>
public interface ISummaryStore
{
    Task<SummaryRecord?> FindSummaryAsync(SummaryKey key, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the summary and marks the article summarized by it. When a summary with the same key is already stored
    /// (another worker, or a race on one text) that one is kept and attached: <see cref="SavedSummary.Created"/> is false.
    /// </summary>
    Task<SavedSummary> SaveSummaryAsync(long articleId, string textHash, ArticleSummary summary, CancellationToken cancellationToken);

    /// <summary>Marks the article summarized by an existing summary: nothing paid twice.</summary>
    Task AttachSummaryAsync(long articleId, long summaryId, CancellationToken cancellationToken);
}

/// <param name="Created">False when a summary with the same key was already stored and is the one now attached.</param>
public sealed record SavedSummary(long Id, bool Created);
