using Summarizer.Extraction;
using Summarizer.Summarization;

namespace Summarizer.Pipeline;

/// <summary>What <see cref="ArticleWorkflow"/> did with one article.</summary>
public enum WorkflowOutcome
{
    /// <summary>A new summary was made (and stored when there is a store).</summary>
    Summarized,

    /// <summary>A stored summary of the same text, summarizer, model and prompt version was used: nothing paid twice.</summary>
    Reused,

    /// <summary>Another stored article has the same text; this one was marked skipped (worker only).</summary>
    Duplicate,
}

/// <param name="ArticleId">The stored row; null when nothing was stored.</param>
/// <param name="Summary">Null only for <see cref="WorkflowOutcome.Duplicate"/>.</param>
/// <param name="DuplicateOf">The stored article with the same text, when there is one.</param>
/// <param name="StoreWarning">Why the result was not stored (<see cref="ArticleJob.StoreIsBestEffort"/>).</param>
public sealed record WorkflowResult(
    ArticleInput Input,
    ExtractedArticle Article,
    ArticleSummary? Summary,
    WorkflowOutcome Outcome,
    StageTimings Timings,
    long? ArticleId = null,
    long? DuplicateOf = null,
    string? StoreWarning = null)
{
    /// <summary>How the summary breaks <see cref="SummaryContract"/>; empty when it keeps it (or there is no summary).</summary>
    public IReadOnlyList<string> ContractIssues { get; init; } = [];

    /// <summary>
    /// The summarizer ran for this result (its time and any LLM calls were spent now), even when the store kept an equal
    /// summary saved first (<see cref="WorkflowOutcome.Reused"/>); false when a stored summary was used instead.
    /// </summary>
    public bool SummarizedNow { get; init; }

    /// <summary>The result as the renderers print it.</summary>
    public SummarizedArticle ToSummarized() =>
        new(Input, Article, Summary ?? throw new InvalidOperationException($"article {ArticleId} is a duplicate of {DuplicateOf}: it has no summary of its own"), Timings);
}
